// Package main links two packages that register the same types under
// the same names, which gob allows.
package main

import (
	"fmt"

	_ "example.com/gobx"
	_ "example.com/goby"
)

func main() { fmt.Println("ok") }
