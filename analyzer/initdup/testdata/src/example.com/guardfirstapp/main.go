// Package main links a guarded registration that runs first and an
// unguarded one that runs second: the second panics.
package main

import (
	"fmt"

	_ "example.com/agpgx"
	_ "example.com/zupgx"
)

func main() { fmt.Println("unreachable") }
