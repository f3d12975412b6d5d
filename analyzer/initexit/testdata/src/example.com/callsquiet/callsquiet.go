// Package callsquiet makes the same calls as package calls, but the
// values that would exit are made only by code that does not run during
// init, or are not the ones called.
package callsquiet

import (
	"os"

	"example.com/hooks"
)

type guard struct{}

func (guard) Check() { os.Exit(3) }

func (guard) Log() {}

// Strict is an option a program may set from main: it is not set
// during init, so the exiting check is not what hooks.Run calls.
func Strict() { hooks.OnStart = guard{}.Check }

func init() {
	hooks.OnStart = guard{}.Log
	hooks.Run()
}

type quiet struct{}

func (quiet) Check() {}

func init() {
	hooks.CheckAll(quiet{})
}

func exitLater() { os.Exit(1) }

// Later keeps a function that exits, for main.
var Later = exitLater

func init() {
	hooks.Apply(func() {})
}
