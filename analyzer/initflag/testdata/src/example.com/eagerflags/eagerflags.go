// Package eagerflags defines its flags in init, then reads them there:
// it sees their defaults.
package eagerflags

import "flag"

var fast *bool

// Mode is what init found.
var Mode string

func define() { fast = flag.Bool("fast", false, "go fast") }

func init() {
	define()
}

func init() {
	if *fast { // want `flag eagerflags.fast is read during init`
		Mode = "fast"
	}
}
