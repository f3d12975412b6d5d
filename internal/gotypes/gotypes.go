// Package gotypes holds the go/types helpers that the model's packages
// share: names as initvet's messages write them, and type predicates.
package gotypes

import (
	"go/types"
	"strings"
)

// FuncName writes a function or method as "pkg.F" or "pkg.T.M", with
// the package's name.
func FuncName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			name = named.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() == nil {
		return name
	}
	return fn.Pkg().Name() + "." + name
}

// VarName writes a package-level variable as "pkg.Name", with the
// package's name.
func VarName(v *types.Var) string {
	if v.Pkg() == nil {
		return v.Name()
	}
	return v.Pkg().Name() + "." + v.Name()
}

// VarNames joins the names of variables with commas, as the left-hand
// side of an assignment lists them.
func VarNames(vars []*types.Var) string {
	names := make([]string, len(vars))
	for i, v := range vars {
		names[i] = v.Name()
	}
	return strings.Join(names, ", ")
}

// IsPointer reports whether t, which may be nil, is a pointer type.
func IsPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}
