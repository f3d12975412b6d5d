// Package eagerquit defines the flag in init before it detects: the
// variable is set, and the exit can run during init.
package eagerquit

import (
	"flag"
	"os"
)

var listAndQuit *bool

func define() { listAndQuit = flag.Bool("list", false, "list and quit") }

// Detect lists the features and quits when asked to.
func Detect() {
	if listAndQuit != nil && *listAndQuit {
		os.Exit(1) // want `os.Exit can run during init \(in eagerquit.init → eagerquit.Detect, on some paths\)`
	}
}

func init() {
	define()
	Detect()
}
