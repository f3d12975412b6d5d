// Package main links two packages that define the same flag.
package main

import (
	"fmt"

	_ "example.com/aflags"
	_ "example.com/bflags" // want `the init of bflags registers flag's CommandLine flags\["log_dir"\] again \(bflags.init → flag.StringVar\) after the init of aflags did \(var LogDir initializer → flag.String\): the init of bflags panics with "flag redefined: log_dir" before main.main`
)

func main() { fmt.Println("unreachable") }
