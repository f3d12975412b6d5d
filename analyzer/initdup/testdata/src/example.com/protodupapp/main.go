// Package main links two generated packages of error.proto.
package main

import (
	"fmt"

	_ "example.com/errpb1"
	_ "example.com/errpb2" // want `the init of errpb2 registers protoregistry's GlobalFiles\["error.proto"\] again \(errpb2.init → errpb2.file_error_proto_init → filetype.Builder.Build\) after the init of errpb1 did \(errpb1.init → errpb1.file_error_proto_init → filetype.Builder.Build\): the init of errpb2 panics with "proto: file \\"error.proto\\" is already registered" before main.main`
)

func main() { fmt.Println("unreachable") }
