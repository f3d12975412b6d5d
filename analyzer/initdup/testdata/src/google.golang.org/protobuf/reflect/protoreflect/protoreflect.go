// Package protoreflect is a stand-in for protobuf's: a file's descriptor.
package protoreflect

// FileDescriptor describes a .proto file.
type FileDescriptor interface{ Path() string }
