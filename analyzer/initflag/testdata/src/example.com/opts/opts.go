// Package opts defines flags and helpers that read them.
package opts

import "flag"

// Verbose is a flag other packages read.
var Verbose = flag.Bool("v", false, "verbose output")

// Level is bound with IntVar.
var Level int

func init() {
	flag.IntVar(&Level, "level", 1, "log level")
}

// Debugging reports whether -v was given.
func Debugging() bool { return *Verbose }

// Setup parses the command line.
func Setup() { flag.Parse() }
