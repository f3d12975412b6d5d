package summary

import (
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/callees"
	"github.com/initvet/initvet/internal/chanuse"
	"github.com/initvet/initvet/internal/gotypes"
	"github.com/initvet/initvet/internal/regkey"
	"github.com/initvet/initvet/internal/ssafold"
	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// scanner walks one function's instructions and records its direct
// effects and the calls it makes.
type scanner struct {
	s       *summarizer
	fn      *ssa.Function
	guarded bool // a mutex is held
	// initializing is set for the package's init function, whose code
	// is split between the initializers' nodes.
	initializing bool
	// guards are the package variables the current block runs only when
	// they are not nil (Effect.Guards).
	guards []string
	// once is the variable that makes the function run once
	// (Effect.Once).
	once string
}

// scan records the effects of a function node.
func (s *summarizer) scan(n *fnode) {
	if n.fn == nil {
		return // an initializer: its code is in the package's init function
	}
	sc := &scanner{s: s, fn: n.fn}
	sc.walk(func(*ssa.BasicBlock, int) *fnode { return n })
}

// scanInit records the effects of the package's init function, each
// instruction on the node of the initializer it belongs to: the one
// whose expression holds its position, or whose variable it stores.
// An instruction without a position belongs with the next one that has
// one (an initializer ends by storing its variable).
func (s *summarizer) scanInit() {
	init := s.pkg.Func("init")
	if init == nil || len(s.items) == 0 {
		return
	}
	byLHS := map[token.Pos]*fnode{}
	ranges := slices.Clone(s.items)
	for _, n := range s.items {
		for _, v := range n.init.Lhs {
			byLHS[v.Pos()] = n
		}
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i].init.Rhs.Pos() < ranges[j].init.Rhs.Pos() })
	at := func(pos token.Pos) *fnode {
		if n := byLHS[pos]; n != nil {
			return n
		}
		i := sort.Search(len(ranges), func(i int) bool { return ranges[i].init.Rhs.End() > pos })
		if pos.IsValid() && i < len(ranges) && ranges[i].init.Rhs.Pos() <= pos {
			return ranges[i]
		}
		return nil
	}
	// routes holds each instruction's node, by block index and position
	// in the block.
	routes := make([][]*fnode, len(init.Blocks))
	type place struct{ block, instr int }
	var pending []place
	var last *fnode
	for _, b := range init.Blocks {
		routes[b.Index] = make([]*fnode, len(b.Instrs))
		for i, instr := range b.Instrs {
			n := at(instr.Pos())
			if n == nil {
				pending = append(pending, place{b.Index, i})
				continue
			}
			for _, p := range pending {
				routes[p.block][p.instr] = n
			}
			pending = pending[:0]
			routes[b.Index][i], last = n, n
		}
	}
	if last == nil {
		last = s.items[len(s.items)-1]
	}
	for _, p := range pending {
		routes[p.block][p.instr] = last
	}
	sc := &scanner{s: s, fn: init, initializing: true}
	sc.walk(func(b *ssa.BasicBlock, i int) *fnode { return routes[b.Index][i] })
}

// walk visits the function's instructions in block order, each with the
// node it belongs to and whether it runs on every path through the
// function.
func (sc *scanner) walk(route func(b *ssa.BasicBlock, i int) *fnode) {
	fold := sc.s.folding(sc.fn, false)
	if fold.Once != nil {
		sc.once = gotypes.VarName(fold.Once.Object().(*types.Var))
	}
	always := ssafold.AlwaysRuns(sc.fn, fold)
	loops := sc.s.loopsIn(sc.fn)
	guards := ssafold.NilGuards(sc.fn, sc.s.pkg)
	for _, b := range sc.fn.Blocks {
		if fold.Dead(b) {
			continue
		}
		cond := !always[b]
		sc.guards = guards[b]
		if len(b.Instrs) == 1 && len(b.Succs) == 1 && b.Succs[0] == b {
			pos := sc.fn.Pos()
			if len(loops) > 0 {
				pos, loops = loops[0], loops[1:]
			}
			sc.effect(route(b, 0), initeffect.Effect{Kind: initeffect.KindBlock, Name: "for {}", Conditional: cond}, pos)
		}
		for i, instr := range b.Instrs {
			n := route(b, i)
			if sc.initializing {
				if call, ok := instr.(*ssa.Call); ok && sc.s.isInitFunc(call.Call.StaticCallee()) {
					continue
				}
			}
			sc.instr(instr, n, cond)
			sc.values(instr, n, cond)
			sc.addressTaken(instr, n, cond)
			sc.s.uses.NoteInstr(instr, &sc.s.ops)
		}
	}
}

// isInitFunc reports whether fn is one of the package's init functions,
// which the package's init function calls last; they are items of their
// own.
func (s *summarizer) isInitFunc(fn *ssa.Function) bool {
	n := s.nodes[fn]
	return n != nil && slices.Contains(s.inits, n)
}

// loopsIn returns the positions of the "for {}" loops in fn's own body
// (not in its func literals), in source order, which is the order of
// their blocks.
func (s *summarizer) loopsIn(fn *ssa.Function) []token.Pos {
	syn := fn.Syntax()
	if syn == nil || len(s.syntax.EmptyLoops) == 0 {
		return nil
	}
	var out []token.Pos
	for _, pos := range s.syntax.EmptyLoops {
		if syn.Pos() > pos || pos >= syn.End() {
			continue
		}
		inner := false
		for _, anon := range fn.AnonFuncs {
			if anon.Syntax().Pos() <= pos && pos < anon.Syntax().End() {
				inner = true
			}
		}
		if !inner {
			out = append(out, pos)
		}
	}
	return out
}

// effect records a direct effect of a node at pos.
func (sc *scanner) effect(n *fnode, e initeffect.Effect, pos token.Pos) {
	if n == nil {
		return
	}
	e.Chain = []initeffect.Site{sc.s.site(pos, n.name)}
	if len(sc.guards) > 0 {
		e.Guards = sc.guards
	}
	if e.Once == "" {
		e.Once = sc.once
	}
	n.local = append(n.local, e)
}

// posOf returns the source position of an instruction: for a call, the
// start of the call expression.
func (sc *scanner) posOf(instr ssa.Instruction) token.Pos {
	pos := instr.Pos()
	if _, ok := instr.(ssa.CallInstruction); ok {
		if start, ok := sc.s.syntax.CallPos[pos]; ok {
			return start
		}
	}
	if !pos.IsValid() {
		pos = sc.fn.Pos()
	}
	return pos
}

// instr records what one instruction does.
func (sc *scanner) instr(instr ssa.Instruction, n *fnode, cond bool) {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		switch instr.Op {
		case token.MUL:
			sc.load(instr, n, cond)
		case token.ARROW:
			sc.receive(instr.X, instr.Pos(), n, cond)
		}
	case *ssa.Store:
		sc.store(instr, n, cond, sc.initializing)
	case *ssa.MapUpdate:
		sc.writeThrough(instr.Map, instr.Key, n, cond)
	case *ssa.Select:
		sc.selectInstr(instr, n, cond)
	case *ssa.Go:
		sc.goInstr(instr, n, cond)
	case *ssa.Call:
		sc.call(instr, n, cond)
	case *ssa.Defer:
		sc.call(instr, n, cond)
	}
	if call, ok := instr.(ssa.CallInstruction); ok && call.Common().StaticCallee() != nil {
		switch ssavalue.CalleeName(call.Common()) {
		case "(*sync.Mutex).Lock", "(*sync.RWMutex).Lock", "(*sync.RWMutex).RLock":
			sc.guarded = true
		case "(*sync.Mutex).Unlock", "(*sync.RWMutex).Unlock", "(*sync.RWMutex).RUnlock":
			if _, deferred := instr.(*ssa.Defer); !deferred {
				sc.guarded = false
			}
		}
	}
}

// call records a call's direct effects and its edges.
func (sc *scanner) call(instr ssa.CallInstruction, n *fnode, cond bool) {
	c := instr.Common()
	pos := sc.posOf(instr)
	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "delete":
			sc.writeThrough(c.Args[0], c.Args[1], n, cond)
		case "clear":
			sc.writeThrough(c.Args[0], nil, n, cond)
		}
		return
	}
	if callee := c.StaticCallee(); callee != nil {
		obj := ssavalue.FuncObject(callee)
		if obj != nil && sc.modelledCall(obj, c, pos, n, cond) {
			return
		}
		sc.edge(n, callee, instr, pos, cond, false)
		if obj != nil && sc.s.model.Covers(obj) {
			if idempotent, ok := sc.s.model.CallsArgNow(obj.FullName()); ok {
				for _, a := range c.Args {
					if fn := ssavalue.FuncValue(a); fn != nil {
						sc.edge(n, fn, nil, pos, cond, idempotent)
					}
				}
			}
		}
		return
	}
	if c.IsInvoke() {
		if eff, ok := sc.s.model.FuncEffect(c.Method); ok {
			eff.Conditional = cond
			sc.effect(n, eff, pos)
			return
		}
	}
	sc.dynamicCall(instr, n, cond)
}

// dynamicCallees returns what a dynamic call can reach: what VTA found,
// or for a method called on an interface value that comes from outside
// the package, the package's own types that implement the interface.
func (s *summarizer) dynamicCallees(instr ssa.CallInstruction) []*ssa.Function {
	if targets := s.callees[instr]; len(targets) > 0 {
		return targets
	}
	c := instr.Common()
	if !c.IsInvoke() {
		return nil
	}
	return callees.Implementations(s.pkg, c)
}

// edge records a call of fn: a node of this package, or a function of
// another package whose effects come from facts.
func (sc *scanner) edge(n *fnode, fn *ssa.Function, call ssa.CallInstruction, pos token.Pos, cond, sync bool) {
	if n == nil {
		return
	}
	exits := call != nil && sc.s.exitsAfter(call)
	if to := sc.s.nodeOf(fn); to != nil {
		n.calls = append(n.calls, callEdge{call: call, to: to, site: pos, conditional: cond, sync: sync, thenExits: exits, guards: sc.guards, once: sc.once})
		return
	}
	if obj := ssavalue.FuncObject(fn); obj != nil && obj.Pkg() != nil && obj.Pkg() != sc.s.Types {
		n.calls = append(n.calls, callEdge{call: call, ext: obj, site: pos, conditional: cond, sync: sync, thenExits: exits, guards: sc.guards, once: sc.once})
	}
}

// exitsAfter reports whether the instructions after instr in its block
// call a function that exits the process (os.Exit, log.Fatal and the
// like, directly or through a func variable only its initializer sets):
// whatever instr started does not outlive the process.
func (s *summarizer) exitsAfter(instr ssa.Instruction) bool {
	b := instr.Block()
	if b == nil {
		return false
	}
	i := slices.Index(b.Instrs, instr)
	for _, next := range b.Instrs[i+1:] {
		if call, ok := next.(ssa.CallInstruction); ok && s.isExit(call.Common()) {
			return true
		}
	}
	return false
}

// isExit reports whether a call ends the process.
func (s *summarizer) isExit(c *ssa.CallCommon) bool {
	callee := c.StaticCallee()
	if u, ok := c.Value.(*ssa.UnOp); callee == nil && ok && u.Op == token.MUL {
		if g, ok := u.X.(*ssa.Global); ok {
			callee = s.fixedFuncs[g]
		}
	}
	if callee == nil {
		return false
	}
	obj := ssavalue.FuncObject(callee)
	if obj == nil {
		return false
	}
	eff, ok := s.model.FuncEffect(obj)
	return ok && eff.Kind == initeffect.KindExit
}

// nodeOf returns the node of a function of the package: its own, or
// that of the method a wrapper calls.
func (s *summarizer) nodeOf(fn *ssa.Function) *fnode {
	if n := s.nodes[fn]; n != nil {
		return n
	}
	if obj := ssavalue.FuncObject(fn); obj != nil {
		return s.byObj[obj]
	}
	return nil
}

// modelledCall records the effect of a call of a function from the
// model; it reports whether that is all the call does.
func (sc *scanner) modelledCall(obj *types.Func, c *ssa.CallCommon, pos token.Pos, n *fnode, cond bool) bool {
	m := sc.s.model
	if !m.Covers(obj) {
		return false
	}
	name := obj.FullName()
	if eff, ok := m.Effect(name); ok {
		eff.Conditional = cond
		sc.effect(n, eff, pos)
		return true
	}
	if sc.syncCall(name, c, pos, n, cond) {
		return true
	}
	if m.MainThreadOnly(obj) {
		sc.effect(n, initeffect.Effect{Kind: initeffect.KindMainThread, Name: gotypes.FuncName(obj), Conditional: cond}, pos)
		return true
	}
	sc.registryCall(obj, c, pos, n, cond)
	return false
}

// syncCall records what a call of flag.FlagSet's Parse, a WaitGroup
// method or signal.Notify does, and reports whether the call is one.
func (sc *scanner) syncCall(name string, c *ssa.CallCommon, pos token.Pos, n *fnode, cond bool) bool {
	switch name {
	case flagSetParse:
		if ssavalue.IsGlobal(c.Args[0], "flag", "CommandLine") {
			sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagParse, Name: "flag.CommandLine.Parse", Conditional: cond}, pos)
		}
	case "(*sync.WaitGroup).Wait":
		sc.wait(n, []ssa.Value{c.Args[0]}, waitGroup, pos, cond)
	case "(*sync.WaitGroup).Add":
		sc.s.uses.Note(c.Args[0], func(u *chanuse.Use) { u.Adds = true })
	case "(*sync.WaitGroup).Done":
		sc.s.uses.Note(c.Args[0], func(u *chanuse.Use) { u.SendIn(sc.fn) })
	case "(*sync.WaitGroup).Go":
		sc.s.uses.Note(c.Args[0], func(u *chanuse.Use) { u.SendIn(sc.fn) })
		if fn := ssavalue.FuncValue(c.Args[1]); fn != nil {
			sc.goEffect(n, "go "+sc.s.nodeName(fn), []*ssa.Function{fn}, pos, cond, false)
		}
	case "os/signal.Notify":
		sc.s.uses.Note(c.Args[0], func(u *chanuse.Use) { u.Signal = true })
	default:
		return false
	}
	return true
}

// registryCall records the registry access a call of a registry
// function of the model makes, keyed by its arguments where they name
// the entry.
func (sc *scanner) registryCall(obj *types.Func, c *ssa.CallCommon, pos token.Pos, n *fnode, cond bool) {
	m := sc.s.model
	// A method of flag.CommandLine does what the package function of
	// the same name does, its arguments after the receiver.
	name, args, display := obj.FullName(), c.Args, gotypes.FuncName(obj)
	if strings.HasPrefix(name, "(*flag.FlagSet).") && len(args) > 0 && ssavalue.IsGlobal(args[0], "flag", "CommandLine") {
		name, args, display = "flag."+obj.Name(), args[1:], "flag.CommandLine."+obj.Name()
	}
	state, write, ok := m.RegistryAccess(name)
	if !ok {
		return
	}
	kind := initeffect.KindRead
	if write {
		kind = initeffect.KindWrite
	}
	eff := initeffect.Effect{Kind: kind, Name: display, Var: &state, Conditional: cond}
	if i, ok := m.KeyArg(name); ok && i < len(args) {
		eff = sc.s.keyedBy(eff, args[i], "", n.fn)
	}
	switch {
	case name == "encoding/gob.Register" || name == "encoding/gob.RegisterName":
		eff = regkey.GobKeyed(eff, name, args)
	case state == initeffect.PromRegistry:
		sc.promEffects(n, eff, name, args, pos)
		return
	case name == initeffect.ProtoBuild && len(args) == 1:
		sc.protoEffects(n, eff, args[0], pos)
		return
	}
	sc.effect(n, eff, pos)
}

// keyedBy returns a registry access whose entry the value arg names, in
// the function fn the access is made in: a constant keys it, and so
// does a method of the package's own types that returns one (c.Name());
// a parameter of fn, or a method called on one, leaves the key to fn's
// callers; anything else names an entry at run time. With method set,
// the entry is what calling that method on arg returns.
func (s *summarizer) keyedBy(eff initeffect.Effect, arg ssa.Value, method string, fn *ssa.Function) initeffect.Effect {
	v := *eff.Var
	v.Key, v.Dynamic, eff.Var, eff.KeyArg, eff.KeyMethod = "", true, &v, 0, ""
	if p, ok := arg.(*ssa.Parameter); ok && fn != nil {
		if eff.KeyArg = slices.Index(fn.Params, p) + 1; eff.KeyArg > 0 {
			eff.KeyMethod = method
		}
		return eff
	}
	if method != "" {
		if k, ok := s.methodConstant(arg, method); ok {
			v.Key, v.Dynamic = k, false
		}
		return eff
	}
	if arg == nil {
		return eff
	}
	if k, ok := s.folding(arg.Parent(), true).StringValue(arg, 0); ok {
		v.Key, v.Dynamic = k, false
		return eff
	}
	switch arg := arg.(type) {
	case *ssa.Const:
		if arg.Value != nil {
			v.Key, v.Dynamic = ssavalue.ConstantKey(arg.Value), false
		}
	case *ssa.Call:
		c := arg.Common()
		switch {
		case c.IsInvoke() && len(c.Args) == 0:
			return s.keyedBy(eff, c.Value, c.Method.Name(), fn)
		case c.StaticCallee() != nil && c.Signature().Recv() != nil && len(c.Args) == 1:
			return s.keyedBy(eff, c.Args[0], c.StaticCallee().Name(), fn)
		}
	}
	return eff
}

// methodConstant returns the constant that the method called name of
// the value x's dynamic type returns, when the type's method is the
// package's own and returns one constant.
func (s *summarizer) methodConstant(x ssa.Value, name string) (string, bool) {
	if mi, ok := x.(*ssa.MakeInterface); ok {
		x = mi.X
	}
	t := x.Type()
	if types.IsInterface(t) {
		return "", false
	}
	sel := s.pkg.Prog.MethodSets.MethodSet(t).Lookup(s.Types, name)
	if sel == nil {
		return "", false
	}
	obj, ok := sel.Obj().(*types.Func)
	if !ok || obj.Pkg() != s.Types {
		return "", false
	}
	return ssavalue.ConstantResult(s.pkg.Prog.FuncValue(obj))
}

// nodeName names a function for people: its node's name, or the
// declared function's.
func (s *summarizer) nodeName(fn *ssa.Function) string {
	if n := s.nodeOf(fn); n != nil {
		return n.name
	}
	if obj := ssavalue.FuncObject(fn); obj != nil {
		return gotypes.FuncName(obj)
	}
	return fn.Name()
}

// goInstr records a goroutine started by a go statement.
func (sc *scanner) goInstr(g *ssa.Go, n *fnode, cond bool) {
	c := g.Common()
	var targets []*ssa.Function
	if callee := c.StaticCallee(); callee != nil {
		targets = []*ssa.Function{callee}
	} else if targets = sc.s.dynamicCallees(g); len(targets) == 0 {
		sc.dynamicCall(g, n, cond) // resolved where the value is made
		return
	}
	name := "go " + sc.s.syntax.GoExprs[g.Pos()]
	if len(targets) == 1 && targets[0].Parent() != nil {
		name = "go " + sc.s.nodeName(targets[0]) // a func literal
	}
	sc.goEffect(n, name, targets, g.Pos(), cond, sc.s.exitsAfter(g))
}

// goEffect records a goroutine that runs one of the functions.
func (sc *scanner) goEffect(n *fnode, name string, targets []*ssa.Function, pos token.Pos, cond, thenExits bool) {
	e := initeffect.Effect{Kind: initeffect.KindGo, Name: name, Conditional: cond, ThenExits: thenExits}
	var r effectRef
	for _, fn := range targets {
		if to := sc.s.nodeOf(fn); to != nil {
			r.goNodes = append(r.goNodes, to)
		} else if obj := ssavalue.FuncObject(fn); obj != nil {
			r.goExt = append(r.goExt, obj)
		}
	}
	if r.goNodes != nil || r.goExt != nil {
		e.Ref = sc.s.newRef(r)
	}
	sc.effect(n, e, pos)
}

// flagSetParse is flag.FlagSet's Parse: it parses the command line only
// when called on flag.CommandLine.
const flagSetParse = "(*flag.FlagSet).Parse"
