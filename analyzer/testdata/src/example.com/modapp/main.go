// Package main links two modules registered under the same id.
package main

import (
	_ "example.com/amod"
	_ "example.com/bmod"
)

func main() {}
