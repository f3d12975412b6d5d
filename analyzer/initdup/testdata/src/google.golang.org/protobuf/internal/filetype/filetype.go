// Package filetype is a stand-in for protobuf's: the builder generated
// files call in init, which registers the file in a global registry
// that panics on a file registered twice.
package filetype

import (
	"google.golang.org/protobuf/internal/filedesc"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Builder builds a generated file's types.
type Builder struct {
	File    filedesc.Builder
	GoTypes []any
}

// Out is what Build makes.
type Out struct{ File protoreflect.FileDescriptor }

type file string

func (f file) Path() string { return string(f) }

var registered = map[string]bool{}

// Build registers the file.
func (tb Builder) Build() Out {
	raw := string(tb.File.RawDescriptor)
	if registered[raw] {
		panic("proto: file is already registered")
	}
	registered[raw] = true
	return Out{File: file(raw)}
}
