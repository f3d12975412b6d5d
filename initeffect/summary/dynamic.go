package summary

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/ssavalue"
	"github.com/initvet/initvet/internal/valueflow"
	"golang.org/x/tools/go/ssa"
)

// Dynamic calls are resolved where the values they can reach are made.
// A call of an interface method or a func value records its shape and
// where its value comes from (a KindCall effect; see source). Making a
// func value, or converting a concrete type to an interface, records a
// value (a KindValue effect: the function, or the type, whose methods
// are looked up when a call meets it) and where it goes (see sinks).
// Both travel up the call graph with the other effects, through facts
// too. A function, or an initializer or init
// function (which also sees the values the package's earlier
// initializers and init functions made), resolves each call with the
// values of the same shape that it makes itself or through its callees:
// rapid type analysis over what runs from there, so that a value only
// code that does not run makes (an option never set) is not a callee.
// Variable type analysis within the call's package narrows the call to
// the functions that can flow to it there, when it found any.

// dynamicCall records a call the package's code cannot resolve alone.
func (sc *scanner) dynamicCall(instr ssa.CallInstruction, n *fnode, cond bool) {
	c := instr.Common()
	_, goes := instr.(*ssa.Go)
	e := initeffect.Effect{Kind: initeffect.KindCall, Conditional: cond, Source: valueflow.Source(c.Value, sc.fn), Go: goes}
	if e.Source == "" {
		return // a value from a call's result or a local computation: not followed (see source)
	}
	if c.IsInvoke() {
		e.Name = valueflow.MethodShape(c.Method)
	} else {
		sig, ok := c.Value.Type().Underlying().(*types.Signature)
		if !ok {
			return
		}
		e.Name = valueflow.FuncShape(sig)
	}
	for _, fn := range sc.s.callees[instr] {
		e.Targets = append(e.Targets, valueflow.Target(fn, c.IsInvoke()))
	}
	slices.Sort(e.Targets)
	e.Targets = slices.Compact(e.Targets)
	sc.effect(n, e, sc.posOf(instr))
}

// values records the func values and interface values an instruction
// makes.
func (sc *scanner) values(instr ssa.Instruction, n *fnode, cond bool) {
	switch instr := instr.(type) {
	case *ssa.MakeClosure:
		if !ssavalue.OnlyCalled(instr) {
			sc.funcValue(instr.Fn.(*ssa.Function), n, cond, instr, valueflow.Sinks(instr))
		}
		return
	case *ssa.MakeInterface:
		sc.typeValue(instr.X.Type(), n, cond, instr, valueflow.Sinks(instr))
	case *ssa.Call:
		sc.typeArgValues(instr, n, cond)
	}
	sc.s.ops = instr.Operands(sc.s.ops[:0])
	for i, op := range sc.s.ops {
		fn, ok := (*op).(*ssa.Function)
		if !ok {
			continue
		}
		if call, isCall := instr.(ssa.CallInstruction); isCall && i == 0 && !call.Common().IsInvoke() {
			continue // the callee
		}
		sc.funcValue(fn, n, cond, instr, valueflow.UseSinks(instr))
	}
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
		sc.typeValue(t, n, cond, call, []string{"any"})
	}
}

// funcValue records a function made into a value.
func (sc *scanner) funcValue(fn *ssa.Function, n *fnode, cond bool, at ssa.Instruction, sinks []string) {
	e := initeffect.Effect{Kind: initeffect.KindValue, Name: valueflow.FuncShape(fn.Signature), Target: fn.String(), Conditional: cond, Sinks: sinks}
	if n := sc.s.nodeOf(fn); n != nil {
		e.Ref = sc.s.newRef(effectRef{valueNode: n})
	} else if e.Called = sc.s.extEffects(fn); len(e.Called) == 0 {
		return
	}
	sc.value(n, e, sc.posOf(at))
}

// typeValue records a concrete type converted to an interface: one
// value for all its methods, looked up when a call meets it.
func (sc *scanner) typeValue(t types.Type, n *fnode, cond bool, at ssa.Instruction, sinks []string) {
	if types.IsInterface(t) || !namedOutsideStd(t, sc.s) {
		return
	}
	name := sc.s.typeName(t)
	sc.value(n, initeffect.Effect{Kind: initeffect.KindValue, Name: "type:" + name, Target: name, Conditional: cond, Sinks: sinks, Ref: sc.s.newRef(effectRef{typ: t})}, sc.posOf(at))
}

// typeName writes a named type, or a pointer to one, as values name it,
// once per type.
func (s *summarizer) typeName(t types.Type) string {
	key := namedKey{}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		key.ptr, t = true, p.Elem()
	}
	key.named, _ = types.Unalias(t).(*types.Named)
	if name, ok := s.typeNames[key]; ok {
		return name
	}
	name := types.TypeString(t, valueflow.ShapeQualifier)
	if key.ptr {
		name = "*" + name
	}
	s.typeNames[key] = name
	return name
}

// namedKey identifies a named type or a pointer to one.
type namedKey struct {
	named *types.Named
	ptr   bool
}

// methods returns the methods of a type that do something when called,
// with what they do: the type's own package's from their nodes, others'
// from facts. Computed once per type and shared.
func (s *summarizer) methods(t types.Type) []method {
	key := s.typeName(t)
	if ms, ok := s.typeMethods[key]; ok {
		return ms
	}
	var out []method
	prog := s.pkg.Prog
	mset := prog.MethodSets.MethodSet(t)
	for i := range mset.Len() {
		sel := mset.At(i)
		fn := prog.MethodValue(sel)
		if fn == nil {
			continue
		}
		m := sel.Obj().(*types.Func)
		meth := method{Method: initeffect.Method{Shape: valueflow.MethodShape(m), Target: m.Origin().FullName()}}
		if n := s.nodeOf(fn); n != nil {
			meth.node, meth.Called = n, n.effects
		} else {
			meth.Called = s.extEffects(fn)
		}
		if len(meth.Called) > 0 {
			out = append(out, meth)
		}
	}
	s.typeMethods[key] = out
	return out
}

// extEffects returns the effects of another package's function, from
// facts; none for the standard library's.
func (s *summarizer) extEffects(fn *ssa.Function) []initeffect.Effect {
	obj := ssavalue.FuncObject(fn)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == s.Types || s.deps == nil || s.deps.IsStd(obj.Pkg().Path()) {
		return nil
	}
	return s.deps.FuncEffects(obj)
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
	return named.Obj().Pkg() == s.Types || s.deps == nil || !s.deps.IsStd(path)
}

// value records a value the node makes. It joins the node's effects
// only once the function it calls is known to do something (see
// summarizer.addValues): most values (an error, a stringer) do nothing
// that matters during init, and would otherwise travel to every caller.
func (sc *scanner) value(n *fnode, e initeffect.Effect, pos token.Pos) {
	if n == nil {
		return
	}
	e.Chain = []initeffect.Site{sc.s.site(pos, n.name)}
	n.values = append(n.values, e)
}

// addValues adds to each node the values it makes whose functions do
// something, and returns the nodes that changed.
func (s *summarizer) addValues() []*fnode {
	var changed []*fnode
	for _, n := range s.order {
		grew := false
		for _, v := range n.values {
			r := s.ref(v.Ref)
			if r.valueNode != nil && len(r.valueNode.effects) > 0 || len(v.Called) > 0 || r.typ != nil && len(s.methods(r.typ)) > 0 {
				grew = s.merge(n, v) || grew
			}
		}
		n.values = nil
		if grew {
			changed = append(changed, n)
		}
	}
	return changed
}

// callValue returns what a dynamic call does when it calls the value, and
// whether the value can be what it calls: the same shape (or a method of
// that shape), among the targets VTA found if it found any, and from
// where the call takes its value.
func (s *summarizer) callValue(call, value *initeffect.Effect) (c callee, ok bool) {
	c.target = value.Target
	switch {
	case strings.HasPrefix(value.Name, "type:"):
		var found bool
		if t := s.ref(value.Ref).typ; t != nil {
			var m method
			if m, found = methodOf(s.methods(t), call.Name); found {
				c = callee{effects: m.effects(), target: m.Target, node: m.node}
			}
		} else {
			c.effects, c.target, found = calledMethod(value.Methods, call.Name)
		}
		if !found {
			return callee{}, false
		}
	case value.Name == call.Name:
		c.effects = value.Called
		if n := s.ref(value.Ref).valueNode; n != nil {
			c.effects, c.node = n.effects, n
		}
	default:
		return callee{}, false
	}
	if len(call.Targets) > 0 && !slices.Contains(call.Targets, c.target) {
		return callee{}, false
	}
	switch kind, rest, _ := strings.Cut(call.Source, ":"); kind {
	case "made":
		return c, value.Target == rest
	case "param":
		return callee{}, false // the callers pass the value
	}
	return c, slices.Contains(value.Sinks, call.Source) || slices.Contains(value.Sinks, "any")
}

// method is a method of a type made into a value, with its node when
// it is of this package.
type method struct {
	initeffect.Method
	node *fnode // its node in this package, while solving
}

// methodOf returns the method of this package's type with the shape.
func methodOf(ms []method, shape string) (method, bool) {
	for _, m := range ms {
		if m.Shape == shape {
			return m, true
		}
	}
	return method{}, false
}

// calledMethod returns what calling the method of another package's
// type with the shape does, and its name.
func calledMethod(ms []initeffect.Method, shape string) ([]initeffect.Effect, string, bool) {
	for _, m := range ms {
		if m.Shape == shape {
			return m.Called, m.Target, true
		}
	}
	return nil, "", false
}

// effects returns what calling the method does.
func (m *method) effects() []initeffect.Effect {
	if m.node != nil {
		return m.node.effects
	}
	return m.Called
}

// passed returns a dynamic call of a callee's parameter as the caller
// sees it across the call: a call of the values the caller passes, of
// the caller's own parameter, or of unknown values.
func (s *summarizer) passed(eff initeffect.Effect, e callEdge, caller *fnode) []initeffect.Effect {
	kind, rest, _ := strings.Cut(eff.Source, ":")
	if eff.Kind != initeffect.KindCall || kind != "param" {
		return []initeffect.Effect{eff}
	}
	i, err := strconv.Atoi(rest)
	if e.call == nil || err != nil || i >= len(e.call.Common().Args) {
		return nil
	}
	arg := e.call.Common().Args[i]
	ids := valueflow.ValuesIn(arg)
	if callee := e.call.Common().StaticCallee(); len(ids) == 0 && callee != nil {
		for _, t := range callee.TypeArgs() { // a generic function calls its type arguments' methods
			ids = append(ids, types.TypeString(t, valueflow.ShapeQualifier))
		}
	}
	if len(ids) == 0 {
		// The caller passes a value it does not make: where it comes from.
		if eff.Source = ""; caller.fn != nil {
			eff.Source = valueflow.Source(arg, caller.fn)
		}
		if eff.Source == "" {
			return nil
		}
		return []initeffect.Effect{eff}
	}
	out := make([]initeffect.Effect, len(ids))
	for j, id := range ids {
		out[j] = eff
		out[j].Source = "made:" + id
	}
	return out
}
