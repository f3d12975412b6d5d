// Package errpb1 is generated-like code for error.proto.
package errpb1

import (
	"reflect"
	"unsafe"

	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/runtime/protoimpl"
)

// File_error_proto is the descriptor of error.proto.
var File_error_proto protoreflect.FileDescriptor

// error.proto: package errs; service Errors {}
const file_error_proto_rawDesc = "\n\x0berror.proto\x12\x04errs2\b\n\x06Errors"

func file_error_proto_init() {
	if File_error_proto != nil {
		return
	}
	type x struct{}
	out := protoimpl.TypeBuilder{
		File: protoimpl.DescBuilder{
			GoPackagePath: reflect.TypeOf(x{}).PkgPath(),
			RawDescriptor: unsafe.Slice(unsafe.StringData(file_error_proto_rawDesc), len(file_error_proto_rawDesc)),
			NumServices:   1,
		},
	}.Build()
	File_error_proto = out.File
}

func init() { file_error_proto_init() }
