package summary

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/initvet/initvet/initeffect"
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
	sc.walk(func(ssa.Instruction) *fnode { return n })
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
	routes := map[ssa.Instruction]*fnode{}
	var pending []ssa.Instruction
	var last *fnode
	for _, b := range init.Blocks {
		for _, instr := range b.Instrs {
			n := at(instr.Pos())
			if n == nil {
				pending = append(pending, instr)
				continue
			}
			for _, p := range pending {
				routes[p] = n
			}
			pending = pending[:0]
			routes[instr], last = n, n
		}
	}
	if last == nil {
		last = s.items[len(s.items)-1]
	}
	for _, p := range pending {
		routes[p] = last
	}
	sc := &scanner{s: s, fn: init, initializing: true}
	sc.walk(func(instr ssa.Instruction) *fnode { return routes[instr] })
}

// walk visits the function's instructions in block order, each with the
// node it belongs to and whether it runs on every path through the
// function.
func (sc *scanner) walk(route func(ssa.Instruction) *fnode) {
	fold := sc.s.folding(sc.fn, false)
	if fold.once != nil {
		sc.once = qualifiedName(fold.once.Object().(*types.Var))
	}
	always := alwaysRuns(sc.fn, fold)
	loops := sc.s.loopsIn(sc.fn)
	guards := nilGuards(sc.fn, sc.s.pkg)
	for _, b := range sc.fn.Blocks {
		if fold.dead(b) {
			continue
		}
		cond := !always[b]
		sc.guards = guards[b]
		if len(b.Instrs) == 1 && len(b.Succs) == 1 && b.Succs[0] == b {
			pos := sc.fn.Pos()
			if len(loops) > 0 {
				pos, loops = loops[0], loops[1:]
			}
			sc.effect(route(b.Instrs[0]), initeffect.Effect{Kind: initeffect.KindBlock, Name: "for {}", Conditional: cond}, pos)
		}
		for _, instr := range b.Instrs {
			n := route(instr)
			if sc.initializing {
				if call, ok := instr.(*ssa.Call); ok && sc.s.isInitFunc(call.Call.StaticCallee()) {
					continue
				}
			}
			sc.instr(instr, n, cond)
			sc.values(instr, n, cond)
			sc.addressTaken(instr, n, cond)
			sc.s.noteChanUses(instr)
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
	if syn == nil || len(s.emptyLoops) == 0 {
		return nil
	}
	var out []token.Pos
	for _, pos := range s.emptyLoops {
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

// alwaysRuns returns the blocks that run on every path through fn that
// returns: those that dominate each block that returns. A function that
// never returns has only its entry block always run. Branches that fold
// decides take one way only.
func alwaysRuns(fn *ssa.Function, fold *folding) map[*ssa.BasicBlock]bool {
	if fold.live != nil {
		return alwaysRunsFolded(fn, fold)
	}
	var exits []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if b == fn.Recover || len(b.Instrs) == 0 {
			continue
		}
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			exits = append(exits, b)
		}
	}
	always := map[*ssa.BasicBlock]bool{}
	if len(fn.Blocks) > 0 {
		always[fn.Blocks[0]] = true
	}
	if len(exits) == 0 {
		return always
	}
	for _, b := range fn.Blocks {
		all := true
		for _, e := range exits {
			if !b.Dominates(e) {
				all = false
				break
			}
		}
		if all {
			always[b] = true
		}
	}
	return always
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

// nilGuards returns, for the blocks of fn that run only when package
// variables of pkg are not nil (inside "if v != nil" or past
// "if v == nil { return }"), those variables ("path.Name"), sorted.
func nilGuards(fn *ssa.Function, pkg *ssa.Package) map[*ssa.BasicBlock][]string {
	var out map[*ssa.BasicBlock][]string
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		g, succ := nilTest(cond.Cond, pkg)
		if g == nil {
			continue
		}
		entry := b.Succs[succ]
		if len(entry.Preds) != 1 {
			continue
		}
		name := g.Pkg.Pkg.Path() + "." + g.Name()
		for _, d := range fn.Blocks {
			if entry.Dominates(d) {
				if out == nil {
					out = map[*ssa.BasicBlock][]string{}
				}
				out[d] = joinGuards(out[d], []string{name})
			}
		}
	}
	return out
}

// nilTest matches a comparison of a package variable of pkg with nil:
// the variable, and the successor of the branch on it (0 for true, 1
// for false) taken when the variable is not nil.
func nilTest(v ssa.Value, pkg *ssa.Package) (*ssa.Global, int) {
	cmp, ok := v.(*ssa.BinOp)
	if !ok || cmp.Op != token.NEQ && cmp.Op != token.EQL {
		return nil, 0
	}
	x, y := cmp.X, cmp.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	if c, ok := y.(*ssa.Const); !ok || !c.IsNil() {
		return nil, 0
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, 0
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || g.Pkg != pkg {
		return nil, 0
	}
	if cmp.Op == token.NEQ {
		return g, 0
	}
	return g, 1
}

// posOf returns the source position of an instruction: for a call, the
// start of the call expression.
func (sc *scanner) posOf(instr ssa.Instruction) token.Pos {
	pos := instr.Pos()
	if _, ok := instr.(ssa.CallInstruction); ok {
		if start, ok := sc.s.callPos[pos]; ok {
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
		switch calleeName(call.Common()) {
		case "(*sync.Mutex).Lock", "(*sync.RWMutex).Lock", "(*sync.RWMutex).RLock":
			sc.guarded = true
		case "(*sync.Mutex).Unlock", "(*sync.RWMutex).Unlock", "(*sync.RWMutex).RUnlock":
			if _, deferred := instr.(*ssa.Defer); !deferred {
				sc.guarded = false
			}
		}
	}
}

// calleeName returns the FullName of a static call's declared callee
// when it is in package sync, and "" otherwise.
func calleeName(c *ssa.CallCommon) string {
	if obj := calleeObject(c); obj != nil && inPackage(obj, "sync") {
		return obj.FullName()
	}
	return ""
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
		obj := funcObject(callee)
		if obj != nil && sc.modelledCall(obj, c, pos, n, cond) {
			return
		}
		sc.edge(n, callee, instr, pos, cond, false)
		if obj != nil && sc.s.model.Covers(obj) {
			if idempotent, ok := sc.s.model.CallsArgNow(obj.FullName()); ok {
				for _, a := range c.Args {
					if fn := funcValue(a); fn != nil {
						sc.edge(n, fn, nil, pos, cond, idempotent)
					}
				}
			}
		}
		return
	}
	if c.IsInvoke() {
		if eff, ok := sc.s.model.Effect(c.Method.FullName()); ok {
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
	return s.implementations(c)
}

// implementations returns the methods of the package's named types that
// an interface method call can reach.
func (s *summarizer) implementations(c *ssa.CallCommon) []*ssa.Function {
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var out []*ssa.Function
	scope := s.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			sel := s.pkg.Prog.MethodSets.MethodSet(t).Lookup(c.Method.Pkg(), c.Method.Name())
			if sel != nil {
				if fn := s.pkg.Prog.MethodValue(sel); fn != nil {
					out = append(out, fn)
				}
			}
			break
		}
	}
	return out
}

// funcValue returns the function a func-valued operand denotes: a
// function, a closure or a bound method.
func funcValue(v ssa.Value) *ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		return v.Fn.(*ssa.Function)
	}
	return nil
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
	if obj := funcObject(fn); obj != nil && obj.Pkg() != nil && obj.Pkg() != sc.s.Types {
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
	obj := funcObject(callee)
	if obj == nil {
		return false
	}
	eff, ok := s.model.Effect(obj.FullName())
	return ok && eff.Kind == initeffect.KindExit
}

// nodeOf returns the node of a function of the package: its own, or
// that of the method a wrapper calls.
func (s *summarizer) nodeOf(fn *ssa.Function) *fnode {
	if n := s.nodes[fn]; n != nil {
		return n
	}
	if obj := funcObject(fn); obj != nil {
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
	switch name {
	case flagSetParse:
		if isGlobal(c.Args[0], "flag", "CommandLine") {
			sc.effect(n, initeffect.Effect{Kind: initeffect.KindFlagParse, Name: "flag.CommandLine.Parse", Conditional: cond}, pos)
		}
		return true
	case "(*sync.WaitGroup).Wait":
		sc.wait(n, []ssa.Value{c.Args[0]}, waitGroup, pos, cond)
		return true
	case "(*sync.WaitGroup).Add":
		sc.s.noteChan(c.Args[0], func(u *chanUse) { u.adds = true })
		return true
	case "(*sync.WaitGroup).Done":
		sc.s.noteChan(c.Args[0], func(u *chanUse) { u.sendIn(sc.fn) })
		return true
	case "(*sync.WaitGroup).Go":
		sc.s.noteChan(c.Args[0], func(u *chanUse) { u.sendIn(sc.fn) })
		if fn := funcValue(c.Args[1]); fn != nil {
			sc.goEffect(n, "go "+sc.s.nodeName(fn), []*ssa.Function{fn}, pos, cond, false)
		}
		return true
	case "os/signal.Notify":
		sc.s.noteChan(c.Args[0], func(u *chanUse) { u.signal = true })
		return true
	}
	if m.MainThreadOnly(obj) {
		sc.effect(n, initeffect.Effect{Kind: initeffect.KindMainThread, Name: displayName(obj), Conditional: cond}, pos)
		return true
	}
	// A method of flag.CommandLine does what the package function of
	// the same name does, its arguments after the receiver.
	args, display := c.Args, displayName(obj)
	if strings.HasPrefix(name, "(*flag.FlagSet).") && len(args) > 0 && isGlobal(args[0], "flag", "CommandLine") {
		name, args, display = "flag."+obj.Name(), args[1:], "flag.CommandLine."+obj.Name()
	}
	if state, write, ok := m.RegistryAccess(name); ok {
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
			eff = gobKeyed(eff, name, args)
		case state == initeffect.PromRegistry:
			sc.promEffects(n, eff, name, args, pos)
			return false
		case name == initeffect.ProtoBuild && len(args) == 1:
			sc.protoEffects(n, eff, args[0], pos)
			return false
		}
		sc.effect(n, eff, pos)
	}
	return false
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
	if k, ok := s.folding(arg.Parent(), true).stringValue(arg, 0); ok {
		v.Key, v.Dynamic = k, false
		return eff
	}
	switch arg := arg.(type) {
	case *ssa.Const:
		if arg.Value != nil {
			v.Key, v.Dynamic = constantKey(arg.Value), false
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
	return constantResult(s.pkg.Prog.FuncValue(obj))
}

// constantResult returns the constant every return of fn returns.
func constantResult(fn *ssa.Function) (string, bool) {
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
		if k := constantKey(c.Value); !found {
			key, found = k, true
		} else if k != key {
			return "", false
		}
	}
	return key, found
}

// constantKey writes a constant that names a registry entry.
func constantKey(v constant.Value) string {
	if v.Kind() == constant.String {
		return constant.StringVal(v)
	}
	return v.ExactString()
}

// isGlobal reports whether v is the value of the package variable pkg.name.
func isGlobal(v ssa.Value, pkg, name string) bool {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return false
	}
	g, ok := u.X.(*ssa.Global)
	return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == pkg && g.Name() == name
}

// nodeName names a function for people: its node's name, or the
// declared function's.
func (s *summarizer) nodeName(fn *ssa.Function) string {
	if n := s.nodeOf(fn); n != nil {
		return n.name
	}
	if obj := funcObject(fn); obj != nil {
		return displayName(obj)
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
	name := "go " + sc.s.goExprs[g.Pos()]
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
		} else if obj := funcObject(fn); obj != nil {
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

// mainThreadMarker in a function's doc comment marks it as main-thread only.
const mainThreadMarker = "//initvet:mainthread"
