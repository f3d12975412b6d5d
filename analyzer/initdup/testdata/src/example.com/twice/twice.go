// Package twice defines the same flag in two init functions.
package twice

import "flag"

var verbose, chatty *bool

func init() {
	verbose = flag.Bool("v", false, "verbose")
}

func init() {
	chatty = flag.Bool("v", false, "chatty") // want `this init registers flag's CommandLine flags\["v"\] twice: it panics with "flag redefined: v"`
}
