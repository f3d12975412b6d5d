// Package protoimpl is a stand-in for protobuf's: the names generated
// code uses.
package protoimpl

import (
	"google.golang.org/protobuf/internal/filedesc"
	"google.golang.org/protobuf/internal/filetype"
)

type (
	// DescBuilder describes a file.
	DescBuilder = filedesc.Builder
	// TypeBuilder builds and registers a file.
	TypeBuilder = filetype.Builder
)
