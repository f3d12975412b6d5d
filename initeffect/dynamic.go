package initeffect

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Dynamic calls are resolved where the values they can reach are made.
// A call of an interface method or a func value records its shape (a
// KindCall effect); making a func value or converting a concrete type to
// an interface records a value of each shape it can be called as (a
// KindValue effect). Both travel up the call graph with the other
// effects, through facts too. A function, or an initializer or init
// function (which also sees the values the package's earlier
// initializers and init functions made), resolves each call with the
// values of the same shape that it makes itself or through its callees:
// rapid type analysis over what runs from there, so that a value only
// code that does not run makes (an option never set) is not a callee.
// Variable type analysis within the call's package narrows the call to
// the functions that can flow to it there, when it found any.

// shapeQualifier writes package paths, so that shapes are the same in
// every package.
func shapeQualifier(p *types.Package) string { return p.Path() }

// sigShape writes a signature's parameter and result types.
func sigShape(sig *types.Signature) string {
	var b strings.Builder
	tuple := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := range t.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
				typ = typ.(*types.Slice).Elem()
			}
			b.WriteString(types.TypeString(typ, shapeQualifier))
		}
		b.WriteByte(')')
	}
	tuple(sig.Params(), sig.Variadic())
	tuple(sig.Results(), false)
	return b.String()
}

// funcShape is the shape of a call of a func value.
func funcShape(sig *types.Signature) string { return "func" + sigShape(sig) }

// methodShape is the shape of a call of method m through an interface:
// its name (with its package when unexported) and signature.
func methodShape(m *types.Func) string {
	name := m.Name()
	if !m.Exported() && m.Pkg() != nil {
		name = m.Pkg().Path() + "." + name
	}
	return name + sigShape(m.Signature())
}

// dynamicCall records a call the package's code cannot resolve alone.
func (sc *scanner) dynamicCall(instr ssa.CallInstruction, n *fnode, cond bool) {
	c := instr.Common()
	e := Effect{Kind: KindCall, Conditional: cond, Source: source(c.Value, sc.fn)}
	if c.IsInvoke() {
		e.Name = methodShape(c.Method)
	} else {
		sig, ok := c.Value.Type().Underlying().(*types.Signature)
		if !ok {
			return
		}
		e.Name = funcShape(sig)
	}
	for _, fn := range sc.s.callees[instr] {
		e.Targets = append(e.Targets, target(fn, c.IsInvoke()))
	}
	slices.Sort(e.Targets)
	e.Targets = slices.Compact(e.Targets)
	sc.effect(n, e, sc.posOf(instr))
}

// target names a callee as values name what they call: a method by its
// declared method, any other function by itself.
func target(fn *ssa.Function, method bool) string {
	if method {
		if obj := funcObject(fn); obj != nil {
			return obj.FullName()
		}
	}
	return fn.String()
}

// values records the func values and interface values an instruction
// makes.
func (sc *scanner) values(instr ssa.Instruction, n *fnode, cond bool) {
	switch instr := instr.(type) {
	case *ssa.MakeClosure:
		if !onlyCalled(instr) {
			sc.funcValue(instr.Fn.(*ssa.Function), n, cond, instr, sinks(instr))
		}
		return
	case *ssa.MakeInterface:
		sc.interfaceValue(instr.X.Type(), n, cond, instr, sc.s.madeID(instr), sinks(instr))
	case *ssa.Call:
		sc.typeArgValues(instr, n, cond)
	}
	var ops [8]*ssa.Value
	for i, op := range instr.Operands(ops[:0]) {
		fn, ok := (*op).(*ssa.Function)
		if !ok {
			continue
		}
		if call, isCall := instr.(ssa.CallInstruction); isCall && i == 0 && !call.Common().IsInvoke() {
			continue // the callee
		}
		sc.funcValue(fn, n, cond, instr, useSinks(instr, fn))
	}
}

// useSinks returns where a function used as an operand of instr goes.
func useSinks(instr ssa.Instruction, fn *ssa.Function) []string {
	switch instr := instr.(type) {
	case *ssa.Store:
		if g, _, _ := root(instr.Addr); g != nil {
			return []string{globalSink(g)}
		}
		if fa, ok := instr.Addr.(*ssa.FieldAddr); ok {
			return []string{fieldSink(fa.X.Type(), fa.Field)}
		}
	case *ssa.MakeInterface:
		return sinks(instr)
	}
	return []string{"any"}
}

// madeID identifies a value-making instruction or function, in the
// order the package's code is scanned.
func (s *summarizer) madeID(v ssa.Value) string {
	id, ok := s.made[v]
	if !ok {
		id = strconv.Itoa(len(s.made))
		s.made[v] = id
	}
	return id
}

// typeArgValues records the methods of the concrete type arguments of a
// call of another package's generic function: its code calls them
// through its type parameters.
func (sc *scanner) typeArgValues(call *ssa.Call, n *fnode, cond bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || len(callee.TypeArgs()) == 0 || sc.s.nodeOf(callee) != nil {
		return
	}
	for _, t := range callee.TypeArgs() {
		sc.interfaceValue(t, n, cond, call, sc.s.madeID(call), []string{"any"})
	}
}

// onlyCalled reports whether a closure is only called where it is made.
func onlyCalled(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	for _, r := range *refs {
		call, ok := r.(ssa.CallInstruction)
		if !ok || call.Common().Value != v {
			return false
		}
	}
	return true
}

// funcValue records a function made into a value.
func (sc *scanner) funcValue(fn *ssa.Function, n *fnode, cond bool, at ssa.Instruction, sinks []string) {
	var id string
	if mc, ok := at.(*ssa.MakeClosure); ok {
		id = sc.s.madeID(mc)
	} else {
		id = sc.s.madeID(fn)
	}
	e := Effect{Kind: KindValue, Name: funcShape(fn.Signature), Target: fn.String(), Conditional: cond, Made: id, Sinks: sinks}
	if !sc.s.valueOf(&e, fn) {
		return
	}
	sc.value(n, e, sc.posOf(at))
}

// interfaceValue records the methods of a concrete type converted to an
// interface.
func (sc *scanner) interfaceValue(t types.Type, n *fnode, cond bool, at ssa.Instruction, id string, sinks []string) {
	if types.IsInterface(t) || !namedOutsideStd(t, sc.s) {
		return
	}
	prog := sc.s.pkg.Prog
	ms := prog.MethodSets.MethodSet(t)
	for i := range ms.Len() {
		sel := ms.At(i)
		fn := prog.MethodValue(sel)
		if fn == nil {
			continue
		}
		m := sel.Obj().(*types.Func)
		e := Effect{Kind: KindValue, Name: methodShape(m), Target: m.Origin().FullName(), Conditional: cond, Made: id, Sinks: sinks}
		if sc.s.valueOf(&e, fn) {
			sc.value(n, e, sc.posOf(at))
		}
	}
}

// namedOutsideStd reports whether t (or what it points to) is a named
// type whose methods are followed: not one of the standard library's.
func namedOutsideStd(t types.Type, s *summarizer) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	path := named.Obj().Pkg().Path()
	return named.Obj().Pkg() == s.Types || s.imp == nil || !s.imp.IsStd(path)
}

// value records a value the node makes. It joins the node's effects
// only once the function it calls is known to do something (see
// summarizer.addValues): most values (an error, a stringer) do nothing
// that matters during init, and would otherwise travel to every caller.
func (sc *scanner) value(n *fnode, e Effect, pos token.Pos) {
	if n == nil {
		return
	}
	e.Chain = []Site{sc.s.site(pos, n.name)}
	n.values = append(n.values, e)
}

// addValues adds to each node the values it makes whose functions do
// something, and returns the nodes that changed.
func (s *summarizer) addValues() []*fnode {
	var changed []*fnode
	for _, n := range s.order {
		grew := false
		for _, v := range n.values {
			if len(calledEffects(&v)) > 0 {
				grew = n.add(v) || grew
			}
		}
		n.values = nil
		if grew {
			changed = append(changed, n)
		}
	}
	return changed
}

// valueOf fills in what calling a value of fn does: fn's node in this
// package, or the effects of another package's function from facts. It
// reports false when nothing is known of fn.
func (s *summarizer) valueOf(e *Effect, fn *ssa.Function) bool {
	if n := s.nodeOf(fn); n != nil {
		e.valueNode = n
		return true
	}
	obj := funcObject(fn)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == s.Types || s.imp == nil || s.imp.IsStd(obj.Pkg().Path()) {
		return false
	}
	e.Called = s.imp.FuncEffects(obj)
	return len(e.Called) > 0
}

// matches reports whether a value can be what a dynamic call calls: the
// same shape, among the targets VTA found if it found any, and from
// where the call takes its value.
func matches(call, value *Effect) bool {
	if call.Name != value.Name || len(call.Targets) > 0 && !slices.Contains(call.Targets, value.Target) {
		return false
	}
	switch kind, rest, _ := strings.Cut(call.Source, ":"); kind {
	case "":
		return true
	case "made":
		return value.Made == rest
	case "param":
		return false // the callers pass the value
	}
	return slices.Contains(value.Sinks, call.Source) || slices.Contains(value.Sinks, "any")
}

// passed returns a dynamic call of a callee's parameter as the caller
// sees it across the call: a call of the values the caller passes, of
// the caller's own parameter, or of unknown values.
func (s *summarizer) passed(eff Effect, e callEdge, caller *fnode) []Effect {
	kind, rest, _ := strings.Cut(eff.Source, ":")
	if eff.Kind != KindCall || kind != "param" {
		return []Effect{eff}
	}
	eff.Source = ""
	i, err := strconv.Atoi(rest)
	if e.call == nil || err != nil || i >= len(e.call.Common().Args) {
		return []Effect{eff}
	}
	arg := e.call.Common().Args[i]
	if p, ok := arg.(*ssa.Parameter); ok && caller.fn != nil {
		eff.Source = source(p, caller.fn)
		return []Effect{eff}
	}
	ids := s.valuesIn(arg)
	if call, ok := e.call.(*ssa.Call); ok && len(ids) == 0 {
		if id, ok := s.made[call]; ok {
			ids = []string{id} // the type arguments of a generic call
		}
	}
	if len(ids) == 0 {
		return []Effect{eff}
	}
	out := make([]Effect, len(ids))
	for j, id := range ids {
		out[j] = eff
		out[j].Source = "made:" + id
	}
	return out
}

// calledEffects returns what calling a value does.
func calledEffects(v *Effect) []Effect {
	if v.valueNode != nil {
		return v.valueNode.effects
	}
	return v.Called
}
