// Package main links two packages that define the same flag, one
// through flag.CommandLine's method.
package main

import (
	"fmt"

	_ "example.com/aflags"
	_ "example.com/cflags" // want `the init of cflags registers flag's CommandLine flags\["log_dir"\] again \(var LogDir initializer → flag.CommandLine.String\) after the init of aflags did`
)

func main() { fmt.Println("unreachable") }
