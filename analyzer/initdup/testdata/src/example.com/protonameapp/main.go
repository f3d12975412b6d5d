// Package main links two .proto files that declare errs.Errors.
package main

import (
	"fmt"

	_ "example.com/errpb1"
	_ "example.com/otherpb" // want `the init of otherpb registers protoregistry's GlobalFiles names\["errs.Errors"\] again \(otherpb.init → otherpb.file_other_proto_init → filetype.Builder.Build\) after the init of errpb1 did \(errpb1.init → errpb1.file_error_proto_init → filetype.Builder.Build\): the init of otherpb panics with "proto: file \\"other.proto\\" has a name conflict over errs.Errors" before main.main`
)

func main() { fmt.Println("unreachable") }
