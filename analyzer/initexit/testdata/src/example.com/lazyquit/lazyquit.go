// Package lazyquit exits when a flag asks for it, but defines the flag
// only when main calls Flags: during the package's own init the flag's
// variable is nil, so the exit cannot happen there.
package lazyquit

import (
	"flag"
	"os"
)

var listAndQuit *bool

// Flags defines the package's flags; call it before flag.Parse.
func Flags() {
	listAndQuit = flag.Bool("list", false, "list and quit")
}

// Detect lists the features and quits when asked to.
func Detect() {
	if listAndQuit != nil && *listAndQuit {
		os.Stdout.WriteString("features\n")
		os.Exit(1)
	}
}

func init() {
	Detect()
}
