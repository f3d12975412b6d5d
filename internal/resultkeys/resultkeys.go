// Package resultkeys tells which entries of a function's result map a
// value the function computes can influence, and which entries a caller
// uses.
//
// A function that builds a fresh map and returns it (caddy's
// ListPlugins: one entry per kind of plugin, each filled from its own
// package variable) reads state whose value a caller that uses one entry
// never sees: what it reads for the other entries is dead to that
// caller. The analysis follows the value through the function's own
// code (data dependence, and control dependence: a branch on the value
// decides the blocks that post-dominate one of its successors but not
// the branch, and the values merged after them) and gives up as soon as
// the value, or a branch on it, can reach anything but the result map's
// constant-keyed entries: package state, memory it does not own, a call
// that does more than compute, a panic, a goroutine, another result.
// An index out of range is the one panic it does not look for.
package resultkeys

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// Pure reports whether a call only computes its results from its
// arguments: it writes no package state, does not exit, block or start
// goroutines, and calls nothing unknown. The caller's effect summaries
// decide it.
type Pure func(*ssa.CallCommon) bool

// Result is the fresh map a function makes and returns.
type Result struct {
	made *ssa.MakeMap
	// holders are the local variables that hold it, when closures
	// capture it: each only ever stores it.
	holders map[*ssa.Alloc]bool
	// ipdom are the function's post-dominators, computed once a branch
	// needs them (ipdomDone); ipdomOK is false when some block cannot
	// reach the end.
	ipdom              []int
	ipdomDone, ipdomOK bool
}

// ResultMap returns the map fn makes and returns, when fn has one result,
// a map, and every return statement returns the same fresh map, or a
// local variable that only ever holds it. Callers asking about several
// values of fn share one Result: it keeps what they have in common.
func ResultMap(fn *ssa.Function) *Result {
	if fn == nil || fn.Signature.Results().Len() != 1 {
		return nil
	}
	if _, ok := fn.Signature.Results().At(0).Type().Underlying().(*types.Map); !ok {
		return nil
	}
	r := &Result{holders: map[*ssa.Alloc]bool{}}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		v := ret.Results[0]
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			alloc, ok := u.X.(*ssa.Alloc)
			if !ok {
				return nil
			}
			r.holders[alloc] = true
			continue
		}
		mm, ok := v.(*ssa.MakeMap)
		if !ok || r.made != nil && mm != r.made {
			return nil
		}
		r.made = mm
	}
	for alloc := range r.holders {
		if !r.onlyHolds(alloc) {
			return nil
		}
	}
	if r.made == nil {
		return nil
	}
	return r
}

// onlyHolds reports whether the local variable only ever stores the
// map (setting r.made from its first store) and goes nowhere but into
// closures that do not assign it.
func (r *Result) onlyHolds(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			mm, ok := ref.Val.(*ssa.MakeMap)
			if !ok || ref.Addr != ssa.Value(alloc) || r.made != nil && mm != r.made {
				return false
			}
			r.made = mm
		case *ssa.MakeClosure:
			if !onlyReadIn(ref, alloc) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// onlyReadIn reports whether the closure only reads the captured
// variable.
func onlyReadIn(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn := mc.Fn.(*ssa.Function)
	for i, b := range mc.Bindings {
		if b != ssa.Value(alloc) {
			continue
		}
		for _, ref := range *fn.FreeVars[i].Referrers() {
			if u, ok := ref.(*ssa.UnOp); !ok || u.Op != token.MUL {
				if _, debug := ref.(*ssa.DebugRef); !debug {
					return false
				}
			}
		}
	}
	return true
}

// is reports whether v is the result map.
func (r *Result) is(v ssa.Value) bool {
	if v == ssa.Value(r.made) {
		return true
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		alloc, ok := u.X.(*ssa.Alloc)
		return ok && r.holders[alloc]
	}
	return false
}

// Influenced returns the constant keys of m's entries that v, a value
// computed in m's function, can influence, sorted; ok is false when v
// can influence anything else.
func Influenced(m *Result, v ssa.Value, pure Pure) (keys []string, ok bool) {
	t := &tracer{m: m, pure: pure, tainted: map[ssa.Value]bool{}, controlled: map[*ssa.BasicBlock]bool{}, keys: map[string]bool{}, ok: true}
	t.taint(v)
	for len(t.work) > 0 && t.ok {
		x := t.work[len(t.work)-1]
		t.work = t.work[:len(t.work)-1]
		for _, r := range *x.Referrers() {
			t.use(x, r)
		}
	}
	if !t.ok {
		return nil, false
	}
	for k := range t.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys, true
}

type tracer struct {
	m          *Result
	pure       Pure
	tainted    map[ssa.Value]bool
	controlled map[*ssa.BasicBlock]bool
	keys       map[string]bool
	work       []ssa.Value
	ok         bool
}

func (t *tracer) taint(v ssa.Value) {
	if alloc, ok := v.(*ssa.Alloc); t.m.is(v) || ok && t.m.holders[alloc] {
		t.fail()
		return
	}
	if !t.tainted[v] {
		t.tainted[v] = true
		t.work = append(t.work, v)
	}
}

// use follows the tainted value x into the instruction r.
func (t *tracer) use(x ssa.Value, r ssa.Instruction) {
	switch r := r.(type) {
	case *ssa.DebugRef:
	case *ssa.MapUpdate:
		t.mapUpdate(r, x)
	case *ssa.If:
		t.branch(r.Block())
	case *ssa.Store:
		root := ssavalue.LocalAlloc(r.Addr)
		if root == nil {
			t.fail()
			return
		}
		t.taint(root)
	case *ssa.Call:
		t.call(r)
	case *ssa.UnOp:
		if r.Op == token.ARROW {
			t.fail()
			return
		}
		t.taint(r)
	case *ssa.BinOp:
		if r.Op == token.QUO || r.Op == token.REM {
			t.fail() // may panic, dividing by zero
			return
		}
		t.taint(r)
	case *ssa.TypeAssert:
		if !r.CommaOk {
			t.fail() // may panic
			return
		}
		t.taint(r)
	case *ssa.Convert, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.MultiConvert,
		*ssa.Extract, *ssa.Field, *ssa.FieldAddr, *ssa.Index, *ssa.IndexAddr, *ssa.Lookup, *ssa.Range, *ssa.Next,
		*ssa.Slice, *ssa.SliceToArrayPointer, *ssa.Phi:
		t.taint(r.(ssa.Value))
	default:
		// A return of another value, a closure binding, a send, a
		// goroutine, a panic, a dynamic call: the value leaves the map.
		t.fail()
	}
}

// mapUpdate follows a tainted key, value or map into an update.
func (t *tracer) mapUpdate(u *ssa.MapUpdate, x ssa.Value) {
	switch {
	case t.m.is(u.Map) && x != u.Key:
		t.entry(u)
	case u.Map == x:
	default:
		if _, local := u.Map.(*ssa.MakeMap); local {
			t.taint(u.Map)
			return
		}
		t.fail()
	}
}

// entry records the update of one of the result map's entries.
func (t *tracer) entry(u *ssa.MapUpdate) {
	c, ok := u.Key.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		t.fail()
		return
	}
	t.keys[constant.StringVal(c.Value)] = true
}

// call follows a tainted argument into a call: a builtin that computes,
// or a pure function, gives a tainted result; whatever else it may
// change must already be the value's.
func (t *tracer) call(c *ssa.Call) {
	common := c.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append":
			// The appended elements may land in the first
			// argument's array, which must not be package state's.
			if fromGlobal(common.Args[0]) {
				t.fail()
				return
			}
			if _, isConst := common.Args[0].(*ssa.Const); !isConst {
				t.taint(common.Args[0])
			}
			t.taint(c)
		case "len", "cap", "min", "max", "real", "imag", "complex":
			t.taint(c)
		default:
			t.fail()
		}
		return
	}
	if common.StaticCallee() == nil || !t.pure(common) {
		t.fail()
		return
	}
	for _, a := range common.Args {
		if !mutable(a.Type()) {
			continue
		}
		if _, isConst := a.(*ssa.Const); !isConst && (!t.tainted[a] || fromGlobal(a)) {
			t.fail() // the callee may write it where others see it
			return
		}
	}
	t.taint(c)
}

// fromGlobal reports whether v may refer to memory of a package
// variable: it is loaded from one, or from a field, element or slice of
// one, or merges such a value.
func fromGlobal(v ssa.Value) bool {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value) bool
	walk = func(v ssa.Value) bool {
		if seen[v] {
			return false
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.Global:
			return true
		case *ssa.UnOp:
			return walk(v.X)
		case *ssa.FieldAddr:
			return walk(v.X)
		case *ssa.IndexAddr:
			return walk(v.X)
		case *ssa.Field:
			return walk(v.X)
		case *ssa.Index:
			return walk(v.X)
		case *ssa.Lookup:
			return walk(v.X)
		case *ssa.Slice:
			return walk(v.X)
		case *ssa.Extract:
			return walk(v.Tuple)
		case *ssa.Next:
			return walk(v.Iter)
		case *ssa.Range:
			return walk(v.X)
		case *ssa.ChangeType:
			return walk(v.X)
		case *ssa.Convert:
			return walk(v.X)
		case *ssa.Phi:
			for _, e := range v.Edges {
				if walk(e) {
					return true
				}
			}
		}
		return false
	}
	return walk(v)
}

// branch follows a branch on a tainted value: the blocks control
// dependent on it, those that post-dominate one of its successors but
// not the branch itself, run or not because of the value.
func (t *tracer) branch(x *ssa.BasicBlock) {
	m := t.m
	if !m.ipdomDone {
		m.ipdom, m.ipdomOK = postDominators(x.Parent())
		m.ipdomDone = true
	}
	if !m.ipdomOK {
		t.fail()
		return
	}
	end := m.ipdom[x.Index]
	for _, s := range x.Succs {
		for v := s.Index; v != end && v != len(m.ipdom)-1; v = m.ipdom[v] {
			t.control(x.Parent().Blocks[v])
		}
	}
}

// control marks a block as decided by a tainted branch: what it
// computes depends on the value, so it may only compute and fill the
// result map, and the values it merges into later blocks are tainted.
func (t *tracer) control(s *ssa.BasicBlock) {
	if t.controlled[s] {
		return
	}
	t.controlled[s] = true
	for _, instr := range s.Instrs {
		switch instr := instr.(type) {
		case *ssa.MapUpdate:
			if t.m.is(instr.Map) {
				t.entry(instr)
			} else if _, local := instr.Map.(*ssa.MakeMap); local {
				t.taint(instr.Map)
			} else {
				t.fail()
			}
		case *ssa.Call:
			t.controlledCall(instr.Common())
		case *ssa.Store:
			if root := ssavalue.LocalAlloc(instr.Addr); root != nil {
				t.taint(root)
			} else {
				t.fail()
			}
		case *ssa.Go, *ssa.Defer, *ssa.Panic, *ssa.Send, *ssa.Select, *ssa.MakeClosure:
			t.fail()
		}
	}
	for _, succ := range s.Succs {
		for _, instr := range succ.Instrs {
			if phi, ok := instr.(*ssa.Phi); ok {
				t.taint(phi)
			}
		}
	}
}

// controlledCall checks a call in a block a tainted branch decides: it
// may only compute, and what it changes is tainted.
func (t *tracer) controlledCall(c *ssa.CallCommon) {
	if _, builtin := c.Value.(*ssa.Builtin); !builtin && (c.StaticCallee() == nil || !t.pure(c)) {
		t.fail()
		return
	}
	for _, a := range c.Args {
		if _, isConst := a.(*ssa.Const); !isConst && mutable(a.Type()) {
			if fromGlobal(a) {
				t.fail() // what it changes there depends on the value
				return
			}
			t.taint(a)
		}
	}
}

// mutable reports whether a call can change what a value of type t
// refers to: it is, or holds in a field or element, a pointer, slice,
// map, channel, interface or func.
func mutable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Interface, *types.Signature:
		return true
	case *types.Struct:
		for i := range u.NumFields() {
			if mutable(u.Field(i).Type()) {
				return true
			}
		}
	case *types.Array:
		return mutable(u.Elem())
	}
	return false
}

// UsedKeys returns the constant keys under which the call's result is
// used, when it is a map used only by lookups of constant keys; ok is
// false when it is used otherwise.
func UsedKeys(call ssa.CallInstruction) (keys []string, ok bool) {
	c, isCall := call.(*ssa.Call)
	if !isCall || c.Referrers() == nil {
		return nil, false
	}
	for _, r := range *c.Referrers() {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.Lookup:
			k, isConst := r.Index.(*ssa.Const)
			if r.X != ssa.Value(c) || !isConst || k.Value == nil || k.Value.Kind() != constant.String {
				return nil, false
			}
			keys = append(keys, constant.StringVal(k.Value))
		default:
			return nil, false
		}
	}
	return keys, true
}

// fail notes that the value can influence more than the result map.
func (t *tracer) fail() { t.ok = false }
