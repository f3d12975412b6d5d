// Package main links two .proto files that declare errs.Errors.
package main

import (
	"fmt"

	_ "example.com/errpb1"
	_ "example.com/otherpb"
)

func main() { fmt.Println("unreachable") }
