// Package main links a package that reuses expvar's "cmdline".
package main

import (
	"fmt"

	_ "example.com/stats"
)

func main() { fmt.Println("unreachable") }
