// Package ssavalue tells what a value in SSA form is: the package
// variable an address is rooted at, the function a call or func value
// reaches, the constant a value or a method returns, the field of a
// composite literal a store fills, the value a package's init stores in
// a variable, and the channel or WaitGroup an operation uses.
package ssavalue

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// IsFunc reports whether t points to a func value.
func IsFunc(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Signature)
	return ok
}

// CalleeObject returns the declared function or method a static call
// reaches (through instances and method wrappers), or nil.
func CalleeObject(c *ssa.CallCommon) *types.Func {
	fn := c.StaticCallee()
	if fn == nil {
		return nil
	}
	return FuncObject(fn)
}

// FuncObject returns the declared function or method of fn: itself,
// the generic function it instantiates, or the method a wrapper calls.
func FuncObject(fn *ssa.Function) *types.Func {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		obj = obj.Origin()
	}
	return obj
}

// InPackage reports whether obj belongs to the package with this path.
func InPackage(obj types.Object, path string) bool {
	return obj.Pkg() != nil && obj.Pkg().Path() == path
}

// Root returns the package variable an address points into, the load
// of a pointer, slice or map held in it that the way goes through (the
// innermost one), and whether there is such a load.
func Root(addr ssa.Value) (g *ssa.Global, load *ssa.UnOp, through bool) {
	for {
		switch a := addr.(type) {
		case *ssa.Global:
			return a, load, through
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.UnOp:
			if a.Op != token.MUL {
				return nil, nil, false
			}
			through, load = true, a
			addr = a.X
		default:
			return nil, nil, false
		}
	}
}

// LocalAlloc returns the local variable that addr is the address of, or
// of a field or array element of, or nil.
func LocalAlloc(addr ssa.Value) *ssa.Alloc {
	for {
		switch a := addr.(type) {
		case *ssa.Alloc:
			return a
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		default:
			return nil
		}
	}
}

// DirectGlobal returns the package variable that addr is the address of,
// or of a field or array element of: a way that goes through no pointer.
func DirectGlobal(addr ssa.Value) *ssa.Global {
	g, _, through := Root(addr)
	if through {
		return nil
	}
	return g
}

// Variable returns the package variable of a global.
func Variable(g *ssa.Global) *types.Var {
	v, _ := g.Object().(*types.Var)
	return v
}

// MapLookups returns the lookups m[k] that are the only uses of a map
// loaded from a package variable, or nil: each reads one entry.
func MapLookups(u *ssa.UnOp) []*ssa.Lookup {
	if _, ok := u.Type().Underlying().(*types.Map); !ok || u.X != DirectGlobal(u.X) {
		return nil
	}
	var out []*ssa.Lookup
	for _, r := range *u.Referrers() {
		l, ok := r.(*ssa.Lookup)
		if !ok || l.X != u {
			return nil
		}
		out = append(out, l)
	}
	return out
}

// SelfLocking reports whether fn is a method called on x whose type
// guards itself with a mutex field: its methods lock the mutex around
// what they touch (the convention of sync's own documentation, "a Mutex
// is usually a field of the struct it protects", which log.Logger and
// the common logging libraries follow).
func SelfLocking(fn *types.Func, x ssa.Value) bool {
	recv := fn.Signature().Recv()
	if recv == nil || !types.Identical(recv.Type(), x.Type()) {
		return false
	}
	t := recv.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if named, ok := types.Unalias(st.Field(i).Type()).(*types.Named); ok && named.Obj().Pkg() != nil &&
			named.Obj().Pkg().Path() == "sync" && (named.Obj().Name() == "Mutex" || named.Obj().Name() == "RWMutex") {
			return true
		}
	}
	return false
}

// WrittenThrough reports whether every use of a loaded value writes
// into what it points to: then the load is part of a write, not a read.
func WrittenThrough(v ssa.Value) bool {
	return everyReferrer(v, func(r ssa.Instruction) bool {
		switch r := r.(type) {
		case *ssa.MapUpdate:
			return r.Map == v
		case *ssa.Store:
			return r.Addr == v
		case *ssa.FieldAddr, *ssa.IndexAddr:
			return WrittenThrough(r.(ssa.Value))
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			return ok && (b.Name() == "delete" || b.Name() == "clear") && r.Call.Args[0] == v
		}
		return false
	})
}

// OnlyFlagDefinitions reports whether a loaded flag value is only passed
// to the flag package: the default value of a flag definition, which is
// not a read of the parsed flag.
func OnlyFlagDefinitions(v ssa.Value) bool {
	return everyReferrer(v, func(r ssa.Instruction) bool {
		call, ok := r.(*ssa.Call)
		if !ok {
			return false
		}
		obj := CalleeObject(call.Common())
		return obj != nil && InPackage(obj, "flag")
	})
}

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// SyncType reports whether values of t (or what t points to)
// synchronize their own accesses.
func SyncType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	switch named.Obj().Pkg().Path() {
	case "sync", "sync/atomic":
		return true
	}
	return false
}

// OnlyCalled reports whether a closure is only called where it is made.
func OnlyCalled(v ssa.Value) bool {
	return everyReferrer(v, func(r ssa.Instruction) bool {
		call, ok := r.(ssa.CallInstruction)
		return ok && call.Common().Value == v
	})
}

// everyReferrer reports whether v has uses and ok holds for each.
func everyReferrer(v ssa.Value, ok func(ssa.Instruction) bool) bool {
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, r := range *refs {
		if !ok(r) {
			return false
		}
	}
	return true
}

// IsNil reports whether v is the constant nil.
func IsNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// StoredField returns the value a composite literal at addr stores in
// the field path (File, then RawDescriptor), through nested literals
// stored whole or field by field.
func StoredField(addr ssa.Value, path ...string) (ssa.Value, bool) {
	if len(path) == 0 {
		return nil, false
	}
	for _, ref := range *addr.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != addr || fieldName(fa) != path[0] {
			continue
		}
		if len(path) > 1 {
			if v, ok := StoredField(fa, path[1:]...); ok {
				return v, true
			}
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
				if len(path) == 1 {
					return st.Val, true
				}
				if load, ok := st.Val.(*ssa.UnOp); ok && load.Op == token.MUL {
					return StoredField(load.X, path[1:]...)
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

// ConstantBytes returns the bytes of a []byte composite literal whose
// elements are all constants.
func ConstantBytes(v ssa.Value) ([]byte, bool) {
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

// CalleeName returns the FullName of a static call's declared callee
// when it is in package sync, and "" otherwise.
func CalleeName(c *ssa.CallCommon) string {
	if obj := CalleeObject(c); obj != nil && InPackage(obj, "sync") {
		return obj.FullName()
	}
	return ""
}

// FuncValue returns the function a func-valued operand denotes: a
// function, a closure or a bound method.
func FuncValue(v ssa.Value) *ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		return v.Fn.(*ssa.Function)
	}
	return nil
}

// ConstantResult returns the constant every return of fn returns.
func ConstantResult(fn *ssa.Function) (string, bool) {
	if fn == nil || len(fn.Blocks) == 0 {
		return "", false
	}
	key, found := "", false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if len(ret.Results) != 1 {
			return "", false
		}
		c, ok := ret.Results[0].(*ssa.Const)
		if !ok || c.Value == nil {
			return "", false
		}
		if k := ConstantKey(c.Value); !found {
			key, found = k, true
		} else if k != key {
			return "", false
		}
	}
	return key, found
}

// ConstantKey writes a constant that names a registry entry.
func ConstantKey(v constant.Value) string {
	if v.Kind() == constant.String {
		return constant.StringVal(v)
	}
	return v.ExactString()
}

// IsGlobal reports whether v is the value of the package variable pkg.name.
func IsGlobal(v ssa.Value, pkg, name string) bool {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return false
	}
	g, ok := u.X.(*ssa.Global)
	return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == pkg && g.Name() == name
}

// CallArg returns the argument a static call passes for the callee's
// parameter i (the receiver first), or nil.
func CallArg(call ssa.CallInstruction, i int) ssa.Value {
	if call == nil || call.Common().IsInvoke() || i >= len(call.Common().Args) {
		return nil
	}
	return call.Common().Args[i]
}

// ChanRoot returns what a channel or WaitGroup value is the value of:
// a package variable (its *types.Var), a local variable (its
// *ssa.Alloc) or a make (its *ssa.MakeChan). It returns nil for values
// from elsewhere (parameters, fields, results), which can be anything.
func ChanRoot(v ssa.Value) any {
	if !chanLike(v.Type()) {
		return nil
	}
	if c, ok := v.(*ssa.ChangeType); ok { // chan T to <-chan T or chan<- T
		v = c.X
	}
	switch v := v.(type) {
	case *ssa.MakeChan:
		return v
	case *ssa.Alloc:
		return v
	case *ssa.Global:
		return v.Object()
	case *ssa.UnOp:
		if v.Op == token.MUL {
			switch x := v.X.(type) {
			case *ssa.Global:
				return x.Object()
			case *ssa.Alloc:
				return x
			}
		}
	}
	return nil
}

// chanLike reports whether t is a channel, a pointer to one, or a
// pointer to a sync.WaitGroup.
func chanLike(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
		if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil &&
			named.Obj().Pkg().Path() == "sync" && named.Obj().Name() == "WaitGroup" {
			return true
		}
	}
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// InitialValue returns the value the init function of g's package
// stores in g, when g is stored once there and nowhere else matters: a
// package variable's initializer.
func InitialValue(g *ssa.Global) ssa.Value {
	init := g.Pkg.Func("init")
	if init == nil {
		return nil
	}
	var val ssa.Value
	for _, b := range init.Blocks {
		for _, instr := range b.Instrs {
			if store, ok := instr.(*ssa.Store); ok && store.Addr == g {
				if val != nil {
					return nil
				}
				val = store.Val
			}
		}
	}
	return val
}
