// Package main links a package that reuses expvar's "cmdline".
package main

import (
	"fmt"

	_ "example.com/stats" // want `the init of stats registers expvar's published variables\["cmdline"\] again \(var Cmdline initializer → expvar.NewString\) after the init of expvar did \(expvar.init → expvar.Publish\): the init of stats panics with "Reuse of exported var name: cmdline" before main.main`
)

func main() { fmt.Println("unreachable") }
