// Package errpb2 is generated-like code for error.proto, in the older form.
package errpb2

import (
	"reflect"

	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/runtime/protoimpl"
)

// File_error_proto is the descriptor of error.proto.
var File_error_proto protoreflect.FileDescriptor

// error.proto: package errs; service Errors {}, as protoc-gen-go wrote it
// before v1.36.
var file_error_proto_rawDesc = []byte{
	0x0a, 0x0b, 0x65, 0x72, 0x72, 0x6f, 0x72, 0x2e, 0x70, 0x72, 0x6f, 0x74, 0x6f, 0x12, 0x04, 0x65, 0x72, 0x72, 0x73, 0x32, 0x08, 0x0a, 0x06, 0x45, 0x72, 0x72, 0x6f, 0x72, 0x73,
}

func file_error_proto_init() {
	if File_error_proto != nil {
		return
	}
	type x struct{}
	out := protoimpl.TypeBuilder{ // want `the init of errpb2 registers protoregistry's GlobalFiles\["error\.proto"\] after the init of errpb1 did: it panics with "proto: file \\"error\.proto\\" is already registered"`
		File: protoimpl.DescBuilder{
			GoPackagePath: reflect.TypeOf(x{}).PkgPath(),
			RawDescriptor: file_error_proto_rawDesc,
			NumServices:   1,
		},
	}.Build()
	File_error_proto = out.File
}

func init() { file_error_proto_init() }
