// Package main links two packages that define the same flag.
package main

import (
	"fmt"

	_ "example.com/aflags"
	_ "example.com/bflags"
)

func main() { fmt.Println("unreachable") }
