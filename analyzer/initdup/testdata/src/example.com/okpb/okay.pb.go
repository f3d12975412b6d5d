// Package okpb is generated-like code for error.proto.
package okpb

import (
	"reflect"
	"unsafe"

	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/runtime/protoimpl"
)

// File_okay_proto is the descriptor of error.proto.
var File_okay_proto protoreflect.FileDescriptor

// error.proto: package errs; service Errors {}
const file_okay_proto_rawDesc = "\n\x0aokay.proto\x12\x03okp2\b\n\x06Errors"

func file_okay_proto_init() {
	if File_okay_proto != nil {
		return
	}
	type x struct{}
	out := protoimpl.TypeBuilder{
		File: protoimpl.DescBuilder{
			GoPackagePath: reflect.TypeOf(x{}).PkgPath(),
			RawDescriptor: unsafe.Slice(unsafe.StringData(file_okay_proto_rawDesc), len(file_okay_proto_rawDesc)),
			NumServices:   1,
		},
	}.Build()
	File_okay_proto = out.File
}

func init() { file_okay_proto_init() }
