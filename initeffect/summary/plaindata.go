package summary

import (
	"go/ast"
	"go/types"
	"slices"
)

// SSAInfo returns the type information a package's SSA form is to be
// created from (ssa.Program.CreatePackage): info, or a copy of it whose
// InitOrder leaves out the initializers of plain data (see plainData).
// Such an initializer only gives its variable a value made of
// constants, of a type that holds no pointer, func, interface or
// channel: it calls nothing and makes no value that a call can reach,
// so its code has no effect the model records, and nothing for variable
// type analysis to follow. Building and scanning that code is most of
// the cost of large tables (Unicode ranges, symbol manifests). The
// summary still has a node for it, and still counts its variable as set
// by the package's initialization (see plainDataVars).
func SSAInfo(info *types.Info) *types.Info {
	kept := slices.DeleteFunc(slices.Clone(info.InitOrder), func(in *types.Initializer) bool { return plainData(info, in) })
	if len(kept) == len(info.InitOrder) {
		return info
	}
	out := *info
	out.InitOrder = kept
	return &out
}

// plainDataVars returns the variables whose initializers SSAInfo leaves
// out.
func plainDataVars(info *types.Info) []*types.Var {
	var out []*types.Var
	for _, in := range info.InitOrder {
		if plainData(info, in) {
			out = append(out, in.Lhs[0])
		}
	}
	return out
}

// plainData reports whether an initializer assigns one variable a
// composite literal of constants, of the variable's own type (no
// conversion to an interface), which is plain data. Byte slices are
// kept: the model reads their contents where a registration names a
// serialized descriptor (regkey, through ssavalue.InitialValue).
func plainData(info *types.Info, in *types.Initializer) bool {
	if len(in.Lhs) != 1 || in.Lhs[0].Name() == "_" {
		return false
	}
	lit, ok := ast.Unparen(in.Rhs).(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := in.Lhs[0].Type()
	if tv, ok := info.Types[lit]; !ok || !types.Identical(tv.Type, t) || isByteSlice(t) {
		return false
	}
	return constantLit(info, lit)
}

// constantLit reports whether a composite literal is of a plain data type
// and its elements (and keys, except a struct's field names) are
// constants or such literals.
func constantLit(info *types.Info, lit *ast.CompositeLit) bool {
	tv, ok := info.Types[lit]
	if !ok || !plainType(tv.Type, map[types.Type]bool{}) {
		return false
	}
	_, isStruct := tv.Type.Underlying().(*types.Struct)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if !isStruct && !constantElem(info, kv.Key) {
				return false
			}
			elt = kv.Value
		}
		if !constantElem(info, elt) {
			return false
		}
	}
	return true
}

// constantElem reports whether an element of a composite literal is a
// constant or a constant literal (see constantLit).
func constantElem(info *types.Info, e ast.Expr) bool {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return constantLit(info, lit)
	}
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

// plainType reports whether values of t are plain data: booleans,
// numbers and strings, and arrays, slices, maps and structs of them.
func plainType(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer
	case *types.Array:
		return plainType(u.Elem(), seen)
	case *types.Slice:
		return plainType(u.Elem(), seen)
	case *types.Map:
		return plainType(u.Key(), seen) && plainType(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if !plainType(u.Field(i).Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// isByteSlice reports whether t is a slice of bytes.
func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}
