package summary

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/ssa"
)

// notePackageState finds the package variables that hold command-line
// flag values (initialized by flag.String and friends, or registered
// with flag.StringVar and friends, on any FlagSet), and the func
// variables that only their initializer sets.
func (s *summarizer) notePackageState() {
	funcStores := map[*ssa.Global][]*ssa.Store{}
	escaped := map[*ssa.Global]bool{}
	init := s.pkg.Func("init")
	visit := func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				noteFuncVarUse(instr, s.pkg, funcStores, escaped)
				switch instr := instr.(type) {
				case *ssa.Store:
					g, ok := instr.Addr.(*ssa.Global)
					call, isCall := instr.Val.(*ssa.Call)
					if !ok || !isCall || g.Pkg != s.pkg {
						continue
					}
					if obj := calleeObject(call.Common()); obj != nil && inPackage(obj, "flag") && !strings.HasSuffix(obj.Name(), "Var") {
						if _, ptr := obj.Signature().Results().At(0).Type().Underlying().(*types.Pointer); ptr {
							s.flags[g.Object().(*types.Var)] = true
						}
					}
				case *ssa.Call:
					obj := calleeObject(instr.Common())
					if obj == nil || !inPackage(obj, "flag") || !strings.HasSuffix(obj.Name(), "Var") {
						continue
					}
					args := instr.Call.Args
					if obj.Signature().Recv() != nil {
						args = args[1:]
					}
					if len(args) > 0 {
						if g, ok := args[0].(*ssa.Global); ok && g.Pkg == s.pkg {
							s.flags[g.Object().(*types.Var)] = true
						}
					}
				}
			}
		}
	}
	for fn := range s.nodes {
		visit(fn)
	}
	if init != nil {
		visit(init)
	}
	s.fixedFuncs = map[*ssa.Global]*ssa.Function{}
	for g, stores := range funcStores {
		if fn, ok := stores[0].Val.(*ssa.Function); ok && len(stores) == 1 && stores[0].Parent() == init && !escaped[g] {
			s.fixedFuncs[g] = fn
		}
	}
}

// noteFuncVarUse records, for the func variables of pkg that instr
// uses, a store into one, or any use other than a load or a store (its
// address goes elsewhere, and something else may set it).
func noteFuncVarUse(instr ssa.Instruction, pkg *ssa.Package, stores map[*ssa.Global][]*ssa.Store, escaped map[*ssa.Global]bool) {
	var ops [8]*ssa.Value
	for _, op := range instr.Operands(ops[:0]) {
		g, ok := (*op).(*ssa.Global)
		if !ok || g.Pkg != pkg || !isFunc(g.Type()) {
			continue
		}
		switch instr := instr.(type) {
		case *ssa.UnOp:
			if instr.Op != token.MUL {
				escaped[g] = true
			}
		case *ssa.Store:
			if instr.Addr == g {
				stores[g] = append(stores[g], instr)
			} else {
				escaped[g] = true
			}
		default:
			escaped[g] = true
		}
	}
}

// isFunc reports whether t points to a func value.
func isFunc(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Signature)
	return ok
}

// calleeObject returns the declared function or method a static call
// reaches (through instances and method wrappers), or nil.
func calleeObject(c *ssa.CallCommon) *types.Func {
	fn := c.StaticCallee()
	if fn == nil {
		return nil
	}
	return funcObject(fn)
}

// funcObject returns the declared function or method of fn: itself,
// the generic function it instantiates, or the method a wrapper calls.
func funcObject(fn *ssa.Function) *types.Func {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		obj = obj.Origin()
	}
	return obj
}

func inPackage(obj types.Object, path string) bool {
	return obj.Pkg() != nil && obj.Pkg().Path() == path
}

// root returns the package variable an address points into, the load
// of a pointer, slice or map held in it that the way goes through (the
// innermost one), and whether there is such a load.
func root(addr ssa.Value) (g *ssa.Global, load *ssa.UnOp, through bool) {
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

// directGlobal returns the package variable that addr is the address of,
// or of a field or array element of: a way that goes through no pointer.
func directGlobal(addr ssa.Value) *ssa.Global {
	g, _, through := root(addr)
	if through {
		return nil
	}
	return g
}

// variable returns the package variable of a global.
func variable(g *ssa.Global) *types.Var {
	v, _ := g.Object().(*types.Var)
	return v
}

// tracked reports whether accesses to v are recorded: variables of the
// standard library are its implementation; the effects that matter
// there (registries, exits, flags) are modelled by function.
func (s *summarizer) tracked(v *types.Var) bool {
	return v.Pkg() == s.Types || s.imp == nil || !s.imp.IsStd(v.Pkg().Path())
}

func (s *summarizer) isFlag(v *types.Var) bool {
	if v.Pkg() == s.Types {
		return s.flags[v]
	}
	return s.imp != nil && s.imp.IsFlag(v)
}

func qualifiedName(v *types.Var) string {
	return v.Pkg().Name() + "." + v.Name()
}

func varKey(v *types.Var) *initeffect.VarKey {
	return &initeffect.VarKey{Pkg: v.Pkg().Path(), Name: v.Name()}
}

// load records a load from a package variable (or a field or element
// of it): a read, or a flag read.
func (sc *scanner) load(u *ssa.UnOp, n *fnode, cond bool) {
	g := directGlobal(u.X)
	if g == nil {
		return
	}
	v := variable(g)
	if v == nil {
		return
	}
	if u.X == g && sc.s.isFlag(v) {
		if !isPointer(v.Type()) {
			if !onlyFlagDefinitions(u) {
				sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagRead, Name: qualifiedName(v), Var: varKey(v), Conditional: cond}, u.Pos())
			}
			return
		}
		// A pointer from flag.String: reading through it reads the flag.
		other := len(*u.Referrers()) == 0
		for _, r := range *u.Referrers() {
			if d, ok := r.(*ssa.UnOp); ok && d.Op == token.MUL && d.X == u {
				sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagRead, Name: qualifiedName(v), Var: varKey(v), Conditional: cond}, d.Pos())
			} else {
				other = true
			}
		}
		if !other {
			return
		}
	}
	if !sc.s.tracked(v) || isError(v.Type()) || writtenThrough(u) {
		return
	}
	read := initeffect.Effect{Kind: initeffect.KindRead, Name: qualifiedName(v), Var: varKey(v), Sync: sc.guarded || syncType(v.Type()), Conditional: cond}
	if lookups := mapLookups(u); lookups != nil {
		for _, l := range lookups {
			sc.effect(n, sc.s.keyedBy(read, l.Index, "", n.fn), l.Pos())
		}
		return
	}
	sc.effect(n, read, u.Pos())
}

// mapLookups returns the lookups m[k] that are the only uses of a map
// loaded from a package variable, or nil: each reads one entry.
func mapLookups(u *ssa.UnOp) []*ssa.Lookup {
	if _, ok := u.Type().Underlying().(*types.Map); !ok || u.X != directGlobal(u.X) {
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

// store records a store into a package variable, or through a pointer,
// slice or map held in one.
func (sc *scanner) store(st *ssa.Store, n *fnode, cond bool, initializing bool) {
	g, load, through := root(st.Addr)
	if g == nil {
		return
	}
	v := variable(g)
	if v == nil || !sc.s.tracked(v) {
		return
	}
	pos := st.Pos()
	if initializing && st.Addr == g && pos == v.Pos() {
		return // the initializer of v stores its value
	}
	if through {
		pos = load.Pos()
	}
	sc.effect(n, initeffect.Effect{Kind: initeffect.KindWrite, Name: qualifiedName(v), Var: varKey(v), Indirect: through,
		Sync: sc.guarded || syncType(v.Type()), Conditional: cond}, pos)
}

// writeThrough records a write into a map or slice value loaded from a
// package variable (m[k] = v, delete(m, k), clear(m)): of the entry key
// names in a map variable, or of the whole value when key is nil.
func (sc *scanner) writeThrough(x, key ssa.Value, n *fnode, cond bool) {
	u, ok := x.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return
	}
	g := directGlobal(u.X)
	if g == nil {
		return
	}
	v := variable(g)
	if v == nil || !sc.s.tracked(v) {
		return
	}
	write := initeffect.Effect{Kind: initeffect.KindWrite, Name: qualifiedName(v), Var: varKey(v), Indirect: true,
		Sync: sc.guarded || syncType(v.Type()), Conditional: cond}
	if _, isMap := u.Type().Underlying().(*types.Map); isMap && key != nil && u.X == g {
		write = sc.s.keyedBy(write, key, "", n.fn)
	}
	sc.effect(n, write, u.Pos())
}

// addressTaken records the address of a package variable (or of a field
// or element of it) passed on: to a call, into memory, into an
// interface. The receiver of a pointer method is the common case. The
// callee may write it; the standard library's atomic functions and sync
// types synchronize it.
func (sc *scanner) addressTaken(instr ssa.Instruction, n *fnode, cond bool) {
	switch instr := instr.(type) {
	case *ssa.UnOp, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.DebugRef:
		return
	case *ssa.Store:
		sc.addressUse(instr, instr.Val, n, cond)
		return
	}
	var ops [8]*ssa.Value
	for _, op := range instr.Operands(ops[:0]) {
		if *op != nil {
			sc.addressUse(instr, *op, n, cond)
		}
	}
}

func (sc *scanner) addressUse(instr ssa.Instruction, x ssa.Value, n *fnode, cond bool) {
	if _, ok := x.Type().Underlying().(*types.Pointer); !ok {
		return
	}
	g := directGlobal(x)
	if g == nil {
		return
	}
	v := variable(g)
	if v == nil || !sc.s.tracked(v) {
		return
	}
	sync := sc.guarded || syncType(v.Type()) || syncType(x.Type())
	if call, ok := instr.(ssa.CallInstruction); ok {
		if obj := calleeObject(call.Common()); obj != nil && (inPackage(obj, "sync/atomic") || selfLocking(obj, x)) {
			sync = true
		}
	}
	pos := x.Pos()
	if g == x || !pos.IsValid() {
		pos = sc.posOf(instr)
	}
	sc.effect(n, initeffect.Effect{Kind: initeffect.KindWrite, Name: qualifiedName(v), Var: varKey(v), Addr: true, Sync: sync, Conditional: cond}, pos)
}

// selfLocking reports whether fn is a method called on x whose type
// guards itself with a mutex field: its methods lock the mutex around
// what they touch (the convention of sync's own documentation, "a Mutex
// is usually a field of the struct it protects", which log.Logger and
// the common logging libraries follow).
func selfLocking(fn *types.Func, x ssa.Value) bool {
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

// writtenThrough reports whether every use of a loaded value writes
// into what it points to: then the load is part of a write, not a read.
func writtenThrough(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.MapUpdate:
			if r.Map != v {
				return false
			}
		case *ssa.Store:
			if r.Addr != v {
				return false
			}
		case *ssa.FieldAddr, *ssa.IndexAddr:
			if !writtenThrough(r.(ssa.Value)) {
				return false
			}
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			if !ok || b.Name() != "delete" && b.Name() != "clear" || r.Call.Args[0] != v {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// onlyFlagDefinitions reports whether a loaded flag value is only passed
// to the flag package: the default value of a flag definition, which is
// not a read of the parsed flag.
func onlyFlagDefinitions(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, r := range *refs {
		call, ok := r.(*ssa.Call)
		if !ok {
			return false
		}
		if obj := calleeObject(call.Common()); obj == nil || !inPackage(obj, "flag") {
			return false
		}
	}
	return true
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// syncType reports whether values of t (or what t points to)
// synchronize their own accesses.
func syncType(t types.Type) bool {
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
