package summary

import (
	"encoding/binary"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/ssa"
)

// protoEffects records what a generated file's registration writes: its
// path, and the full name of each declaration, with the path as the
// value (a name declared again by the same file is the path's conflict,
// not a second one). A descriptor that is not a constant is a write
// named at run time.
func (sc *scanner) protoEffects(n *fnode, eff initeffect.Effect, recv ssa.Value, pos token.Pos) {
	raw, ok := sc.s.rawDescriptor(recv)
	file, names, ok2 := parseFileDescriptor(raw)
	if !ok || !ok2 {
		v := *eff.Var
		v.Dynamic, eff.Var = true, &v
		sc.effect(n, eff, pos)
		return
	}
	v := *eff.Var
	v.Key, eff.Var = file, &v
	sc.effect(n, eff, pos)
	for _, name := range names {
		e := eff
		v := initeffect.ProtoNames
		v.Key, e.Var = name, &v
		e.Value, e.ValueText = file, file
		sc.effect(n, e, pos)
	}
}

// rawDescriptor returns the serialized FileDescriptorProto a
// TypeBuilder value holds in File.RawDescriptor: a string constant
// (unsafe.Slice(unsafe.StringData(file_x_proto_rawDesc), …), as
// protoc-gen-go writes since v1.36) or a package []byte variable that
// its initializer fills with constants (earlier releases).
func (s *summarizer) rawDescriptor(recv ssa.Value) ([]byte, bool) {
	load, ok := recv.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	val, ok := storedField(load.X, "File", "RawDescriptor")
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
		if g, ok := load.X.(*ssa.Global); ok && g.Pkg == s.pkg {
			return constantBytes(s.initialValue(g))
		}
	}
	return nil, false
}

// storedField returns the value a composite literal at addr stores in
// the field path (File, then RawDescriptor), through nested literals
// stored whole or field by field.
func storedField(addr ssa.Value, path ...string) (ssa.Value, bool) {
	if len(path) == 0 {
		return nil, false
	}
	for _, ref := range *addr.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != addr || fieldName(fa) != path[0] {
			continue
		}
		if len(path) > 1 {
			if v, ok := storedField(fa, path[1:]...); ok {
				return v, true
			}
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
				if len(path) == 1 {
					return st.Val, true
				}
				if load, ok := st.Val.(*ssa.UnOp); ok && load.Op == token.MUL {
					return storedField(load.X, path[1:]...)
				}
			}
		}
	}
	return nil, false
}

// fieldName returns the name of the field a FieldAddr selects.
func fieldName(fa *ssa.FieldAddr) string {
	st := fa.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	return st.Field(fa.Field).Name()
}

// constantBytes returns the bytes of a []byte composite literal whose
// elements are all constants.
func constantBytes(v ssa.Value) ([]byte, bool) {
	slice, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	array, ok := slice.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	out := map[int64]byte{}
	for _, ref := range *array.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		i, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		for _, r := range *ia.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != ia {
				continue
			}
			c, ok := st.Val.(*ssa.Const)
			if !ok || c.Value == nil {
				return nil, false
			}
			b, _ := constant.Uint64Val(c.Value)
			idx, _ := constant.Int64Val(i.Value)
			out[idx] = byte(b)
		}
	}
	buf := make([]byte, len(out))
	for i, b := range out {
		if i < 0 || i >= int64(len(buf)) {
			return nil, false
		}
		buf[i] = b
	}
	return buf, len(buf) > 0
}

// parseFileDescriptor reads a serialized FileDescriptorProto: the
// file's path and the full names protoregistry checks for conflicts
// (rangeTopLevelDescriptors: the file's enums and their values, which
// protobuf scopes beside the enum, messages, extensions and services).
func parseFileDescriptor(raw []byte) (path string, names []string, ok bool) {
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
