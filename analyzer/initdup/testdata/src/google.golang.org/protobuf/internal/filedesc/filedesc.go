// Package filedesc is a stand-in for protobuf's: what a generated file
// passes to describe itself.
package filedesc

// Builder holds a generated file's serialized descriptor.
type Builder struct {
	GoPackagePath string
	RawDescriptor []byte

	NumEnums, NumMessages, NumExtensions, NumServices int32
}
