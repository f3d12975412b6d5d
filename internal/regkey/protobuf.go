package regkey

import (
	"encoding/binary"
	"go/constant"
	"go/token"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// RawDescriptor returns the serialized FileDescriptorProto a
// TypeBuilder value holds in File.RawDescriptor: a string constant
// (unsafe.Slice(unsafe.StringData(file_x_proto_rawDesc), …), as
// protoc-gen-go writes since v1.36) or a package []byte variable that
// its initializer fills with constants (earlier releases).
func RawDescriptor(pkg *ssa.Package, recv ssa.Value) ([]byte, bool) {
	load, ok := recv.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	val, ok := ssavalue.StoredField(load.X, "File", "RawDescriptor")
	if !ok {
		return nil, false
	}
	if call, ok := val.(*ssa.Call); ok {
		if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "Slice" {
			if data, ok := call.Call.Args[0].(*ssa.Call); ok {
				if b, ok := data.Call.Value.(*ssa.Builtin); ok && b.Name() == "StringData" {
					if c, ok := data.Call.Args[0].(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
						return []byte(constant.StringVal(c.Value)), true
					}
				}
			}
		}
		return nil, false
	}
	if load, ok := val.(*ssa.UnOp); ok {
		if g, ok := load.X.(*ssa.Global); ok && g.Pkg == pkg {
			return ssavalue.ConstantBytes(ssavalue.InitialValue(g))
		}
	}
	return nil, false
}

// ParseFileDescriptor reads a serialized FileDescriptorProto: the
// file's path and the full names protoregistry checks for conflicts
// (rangeTopLevelDescriptors: the file's enums and their values, which
// protobuf scopes beside the enum, messages, extensions and services).
func ParseFileDescriptor(raw []byte) (path string, names []string, ok bool) {
	var pkg string
	type decl struct {
		num int
		b   []byte
	}
	var decls []decl
	if !wireFields(raw, func(num int, b []byte) {
		switch num {
		case 1:
			path = string(b)
		case 2:
			pkg = string(b)
		case 4, 5, 6, 7: // message, enum, service, extension
			decls = append(decls, decl{num, b})
		}
	}) || path == "" {
		return "", nil, false
	}
	for _, d := range decls {
		var name string
		var values []string
		if !wireFields(d.b, func(f int, v []byte) {
			switch {
			case f == 1:
				name = string(v)
			case d.num == 5 && f == 2: // an enum value
				wireFields(v, func(f int, v []byte) {
					if f == 1 {
						values = append(values, string(v))
					}
				})
			}
		}) || name == "" {
			return "", nil, false
		}
		names = append(names, qualify(pkg, name))
		for _, v := range values {
			names = append(names, qualify(pkg, v))
		}
	}
	return path, names, true
}

// qualify joins a protobuf package and a name.
func qualify(pkg, name string) string {
	if pkg == "" {
		return name
	}
	return pkg + "." + name
}

// wireFields calls f with each length-delimited field of a protobuf
// message, skipping the others; it reports whether b is well formed.
func wireFields(b []byte, f func(num int, v []byte)) bool {
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return false
		}
		b = b[n:]
		num, typ := int(tag>>3), tag&7
		switch typ {
		case 0: // varint
			_, n := binary.Uvarint(b)
			if n <= 0 {
				return false
			}
			b = b[n:]
		case 1: // 64-bit
			if len(b) < 8 {
				return false
			}
			b = b[8:]
		case 2: // length-delimited
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return false
			}
			f(num, b[n:n+int(l)])
			b = b[n+int(l):]
		case 5: // 32-bit
			if len(b) < 4 {
				return false
			}
			b = b[4:]
		default:
			return false
		}
	}
	return true
}
