// Package main links two packages that define the same flag, one
// through flag.CommandLine's method.
package main

import (
	"fmt"

	_ "example.com/aflags"
	_ "example.com/cflags"
)

func main() { fmt.Println("unreachable") }
