// Package regkey finds the keys that library registrations are made
// under, from the arguments of the registering call in SSA form: the
// name encoding/gob registers a type under, the fully-qualified names of
// the metrics a Prometheus registration adds to the default registry,
// and the path and full names of a protobuf file registered in
// protoregistry.GlobalFiles.
package regkey

import (
	"go/types"
	"strconv"

	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/ssa"
)

// GobKeyed keys a registration of encoding/gob (Register, RegisterName,
// by their FullName) with the name gob records and, as Value, the type
// it records under it: encoding/gob panics when a name is registered
// again with another type.
func GobKeyed(eff initeffect.Effect, name string, args []ssa.Value) initeffect.Effect {
	valueArg := 0
	if name == "encoding/gob.RegisterName" {
		valueArg = 1
	}
	if valueArg >= len(args) {
		return eff
	}
	if valueArg == 0 {
		v := *eff.Var
		v.Key, v.Dynamic, eff.Var = "", true, &v // named at run time, unless the type says
	}
	mi, ok := args[valueArg].(*ssa.MakeInterface)
	if !ok {
		return eff
	}
	t := mi.X.Type()
	if valueArg == 0 {
		key, ok := gobName(t)
		if !ok {
			return eff
		}
		eff.Var.Key, eff.Var.Dynamic = key, false
	}
	if text, ok := reflectString(t); ok {
		eff.Value, eff.ValueText = types.TypeString(t, nil), text
	}
	return eff
}

// gobName returns the name gob.Register gives a type: for a named type
// its import path and name, for any other type reflect's String, which
// qualifies named types by their package's name only: gob.Register
// names a *model.User "*model.User" whatever model's import path is.
// Generic and literal struct, func and interface types are not named
// here.
func gobName(t types.Type) (string, bool) {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if n.TypeArgs().Len() > 0 {
			return "", false
		}
		if n.Obj().Pkg() == nil {
			return n.Obj().Name(), true
		}
		return n.Obj().Pkg().Path() + "." + n.Obj().Name(), true
	}
	return reflectString(t)
}

// reflectString returns what reflect.Type.String says of t, for the
// types gobName names.
func reflectString(t types.Type) (string, bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 {
			return "", false
		}
		return types.Typ[t.Kind()].Name(), true
	case *types.Named:
		if t.TypeArgs().Len() > 0 {
			return "", false
		}
		if t.Obj().Pkg() == nil {
			return t.Obj().Name(), true
		}
		return t.Obj().Pkg().Name() + "." + t.Obj().Name(), true
	case *types.Pointer:
		s, ok := reflectString(t.Elem())
		return "*" + s, ok
	case *types.Slice:
		s, ok := reflectString(t.Elem())
		return "[]" + s, ok
	case *types.Array:
		s, ok := reflectString(t.Elem())
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + s, ok
	case *types.Map:
		k, ok1 := reflectString(t.Key())
		v, ok2 := reflectString(t.Elem())
		return "map[" + k + "]" + v, ok1 && ok2
	}
	return "", false
}
