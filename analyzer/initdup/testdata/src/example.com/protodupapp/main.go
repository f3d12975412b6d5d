// Package main links two generated packages of error.proto.
package main

import (
	"fmt"

	_ "example.com/errpb1"
	_ "example.com/errpb2"
)

func main() { fmt.Println("unreachable") }
