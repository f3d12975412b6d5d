package summary

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/callees"
	"github.com/initvet/initvet/internal/gotypes"
	"github.com/initvet/initvet/internal/resultkeys"
	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// notePackageState finds the package variables that hold command-line
// flag values (initialized by flag.String and friends, or registered
// with flag.StringVar and friends, on any FlagSet), and the func
// variables that only their initializer sets.
func (s *summarizer) notePackageState() {
	fixed := callees.NewFixedFuncs(s.pkg)
	init := s.pkg.Func("init")
	visit := func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				fixed.Note(instr)
				switch instr := instr.(type) {
				case *ssa.Store:
					g, ok := instr.Addr.(*ssa.Global)
					call, isCall := instr.Val.(*ssa.Call)
					if !ok || !isCall || g.Pkg != s.pkg {
						continue
					}
					if obj := ssavalue.CalleeObject(call.Common()); obj != nil && ssavalue.InPackage(obj, "flag") && !strings.HasSuffix(obj.Name(), "Var") {
						if _, ptr := obj.Signature().Results().At(0).Type().Underlying().(*types.Pointer); ptr {
							s.flags[g.Object().(*types.Var)] = true
						}
					}
				case *ssa.Call:
					obj := ssavalue.CalleeObject(instr.Common())
					if obj == nil || !ssavalue.InPackage(obj, "flag") || !strings.HasSuffix(obj.Name(), "Var") {
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
	s.fixedFuncs = fixed.Result()
}

// tracked reports whether accesses to v are recorded: variables of the
// standard library are its implementation; the effects that matter
// there (registries, exits, flags) are modelled by function.
func (s *summarizer) tracked(v *types.Var) bool {
	return v.Pkg() == s.Types || s.deps == nil || !s.deps.IsStd(v.Pkg().Path())
}

func (s *summarizer) isFlag(v *types.Var) bool {
	if v.Pkg() == s.Types {
		return s.flags[v]
	}
	return s.deps != nil && s.deps.IsFlag(v)
}

func varKey(v *types.Var) *initeffect.VarKey {
	return &initeffect.VarKey{Pkg: v.Pkg().Path(), Name: v.Name()}
}

// load records a load from a package variable (or a field or element
// of it): a read, or a flag read.
func (sc *scanner) load(u *ssa.UnOp, n *fnode, cond bool) {
	g := ssavalue.DirectGlobal(u.X)
	if g == nil {
		return
	}
	v := ssavalue.Variable(g)
	if v == nil {
		return
	}
	if u.X == g && sc.s.isFlag(v) {
		if !gotypes.IsPointer(v.Type()) {
			if !ssavalue.OnlyFlagDefinitions(u) {
				sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagRead, Name: gotypes.VarName(v), Var: varKey(v), Conditional: cond}, u.Pos())
			}
			return
		}
		// A pointer from flag.String: reading through it reads the flag.
		other := len(*u.Referrers()) == 0
		for _, r := range *u.Referrers() {
			if d, ok := r.(*ssa.UnOp); ok && d.Op == token.MUL && d.X == u {
				sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagRead, Name: gotypes.VarName(v), Var: varKey(v), Conditional: cond}, d.Pos())
			} else {
				other = true
			}
		}
		if !other {
			return
		}
	}
	if !sc.s.tracked(v) || ssavalue.IsError(v.Type()) || ssavalue.WrittenThrough(u) {
		return
	}
	read := initeffect.Effect{Kind: initeffect.KindRead, Name: gotypes.VarName(v), Var: varKey(v), Sync: sc.guarded || ssavalue.SyncType(v.Type()), Conditional: cond}
	if lookups := ssavalue.MapLookups(u); lookups != nil {
		for _, l := range lookups {
			keyed := sc.s.keyedBy(read, l.Index, "", n.fn)
			keyed.ResultKeys = sc.s.resultKeys(n.fn, l)
			sc.effect(n, keyed, l.Pos())
		}
		return
	}
	read.ResultKeys = sc.s.resultKeys(n.fn, u)
	sc.effect(n, read, u.Pos())
}

// resultKeys returns the entries of fn's result map that v, a value
// read from package state, can influence, when that is all it can
// influence (see package resultkeys).
func (s *summarizer) resultKeys(fn *ssa.Function, v ssa.Value) []string {
	m, done := s.results[fn]
	if !done {
		m = resultkeys.ResultMap(fn)
		if s.results == nil {
			s.results = map[*ssa.Function]*resultkeys.Result{}
		}
		s.results[fn] = m
	}
	if m == nil {
		return nil
	}
	keys, ok := resultkeys.Influenced(m, v, s.computes)
	if !ok || len(keys) == 0 {
		return nil
	}
	return keys
}

// computes reports whether a call of another package's function only
// computes, as far as the model tracks what code does: its facts say it
// reads at most, and it is no modelled function or registry (the
// standard library's other functions do nothing the model tracks).
func (s *summarizer) computes(c *ssa.CallCommon) bool {
	callee := c.StaticCallee()
	obj := ssavalue.FuncObject(callee)
	if s.deps == nil || obj == nil || obj.Pkg() == s.Types {
		return false
	}
	if _, modelled := s.model.FuncEffect(obj); modelled {
		return false
	}
	if s.model.Covers(obj) {
		if _, _, registry := s.model.RegistryAccess(obj.FullName()); registry {
			return false
		}
	}
	for _, e := range s.deps.FuncEffects(obj) {
		if e.Kind != initeffect.KindRead && e.Kind != initeffect.KindFlagRead {
			return false
		}
	}
	return true
}

// store records a store into a package variable, or through a pointer,
// slice or map held in one.
func (sc *scanner) store(st *ssa.Store, n *fnode, cond bool, initializing bool) {
	g, load, through := ssavalue.Root(st.Addr)
	if g == nil {
		return
	}
	v := ssavalue.Variable(g)
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
	sc.effect(n, initeffect.Effect{Kind: initeffect.KindWrite, Name: gotypes.VarName(v), Var: varKey(v), Indirect: through,
		Sync: sc.guarded || ssavalue.SyncType(v.Type()), Conditional: cond}, pos)
}

// writeThrough records a write into a map or slice value loaded from a
// package variable (m[k] = v, delete(m, k), clear(m)): of the entry key
// names in a map variable, or of the whole value when key is nil.
func (sc *scanner) writeThrough(x, key ssa.Value, n *fnode, cond bool) {
	u, ok := x.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return
	}
	g := ssavalue.DirectGlobal(u.X)
	if g == nil {
		return
	}
	v := ssavalue.Variable(g)
	if v == nil || !sc.s.tracked(v) {
		return
	}
	write := initeffect.Effect{Kind: initeffect.KindWrite, Name: gotypes.VarName(v), Var: varKey(v), Indirect: true,
		Sync: sc.guarded || ssavalue.SyncType(v.Type()), Conditional: cond}
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
	sc.s.ops = instr.Operands(sc.s.ops[:0])
	for _, op := range sc.s.ops {
		if *op != nil {
			sc.addressUse(instr, *op, n, cond)
		}
	}
}

func (sc *scanner) addressUse(instr ssa.Instruction, x ssa.Value, n *fnode, cond bool) {
	if _, ok := x.Type().Underlying().(*types.Pointer); !ok {
		return
	}
	g := ssavalue.DirectGlobal(x)
	if g == nil {
		return
	}
	v := ssavalue.Variable(g)
	if v == nil || !sc.s.tracked(v) {
		return
	}
	sync := sc.guarded || ssavalue.SyncType(v.Type()) || ssavalue.SyncType(x.Type())
	if call, ok := instr.(ssa.CallInstruction); ok {
		if obj := ssavalue.CalleeObject(call.Common()); obj != nil && (ssavalue.InPackage(obj, "sync/atomic") || ssavalue.SelfLocking(obj, x)) {
			sync = true
		}
	}
	pos := x.Pos()
	if g == x || !pos.IsValid() {
		pos = sc.posOf(instr)
	}
	sc.effect(n, initeffect.Effect{Kind: initeffect.KindWrite, Name: gotypes.VarName(v), Var: varKey(v), Addr: true, Sync: sync, Conditional: cond}, pos)
}
