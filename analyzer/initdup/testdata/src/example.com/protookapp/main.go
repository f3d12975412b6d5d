// Package main links two .proto files with distinct paths and names.
package main

import (
	"fmt"

	_ "example.com/errpb1"
	_ "example.com/okpb"
)

func main() { fmt.Println("ok") }
