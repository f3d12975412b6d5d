// Package main links packages whose metrics have distinct names on the
// default registry.
package main

import (
	"fmt"

	_ "example.com/metrics1"
	_ "example.com/metrics3"
)

func main() { fmt.Println("ok") }
