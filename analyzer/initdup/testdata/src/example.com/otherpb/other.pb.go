// Package otherpb is generated-like code for other.proto.
package otherpb

import (
	"reflect"
	"unsafe"

	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/runtime/protoimpl"
)

// File_other_proto is the descriptor of error.proto.
var File_other_proto protoreflect.FileDescriptor

// other.proto: package errs; service Errors {}
const file_other_proto_rawDesc = "\n\x0bother.proto\x12\x04errs2\b\n\x06Errors"

func file_other_proto_init() {
	if File_other_proto != nil {
		return
	}
	type x struct{}
	out := protoimpl.TypeBuilder{ // want `the init of otherpb registers protoregistry's GlobalFiles names\["errs\.Errors"\] after the init of errpb1 did: it panics with "proto: file \\"other\.proto\\" has a name conflict over errs\.Errors"`
		File: protoimpl.DescBuilder{
			GoPackagePath: reflect.TypeOf(x{}).PkgPath(),
			RawDescriptor: unsafe.Slice(unsafe.StringData(file_other_proto_rawDesc), len(file_other_proto_rawDesc)),
			NumServices:   1,
		},
	}.Build()
	File_other_proto = out.File
}

func init() { file_other_proto_init() }
