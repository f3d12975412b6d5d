package inittask

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// target is what a call or go statement runs: nodes of this package
// and functions of other packages.
type target struct {
	nodes []*fnode
	ext   *types.Func
	// params are the arguments that are functions of this package, by
	// parameter index, for callees that call their parameters.
	args map[int]*fnode
}

// resolve finds what the call runs.
func (sc *scanner) resolve(c *ast.CallExpr) target {
	s := sc.s
	var t target
	fun := ast.Unparen(c.Fun)
	if fl, ok := fun.(*ast.FuncLit); ok {
		t.nodes = append(t.nodes, s.nodes[fl])
		return t
	}
	if fn := typeutil.StaticCallee(s.info, c); fn != nil {
		fn = fn.Origin()
		if n := s.nodes[fn]; n != nil {
			t.nodes = append(t.nodes, n)
		} else {
			t.ext = fn
		}
		t.args = sc.funcArgs(c)
		return t
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if selection := s.info.Selections[sel]; selection != nil && selection.Kind() == types.MethodVal {
			if iface, ok := selection.Recv().Underlying().(*types.Interface); ok {
				t.nodes = s.implementations(iface, sel.Sel.Name)
			}
			return t
		}
	}
	if id := identOf(fun); id != nil {
		if v, ok := s.info.Uses[id].(*types.Var); ok {
			switch {
			case isPackageVar(v):
				for _, f := range s.funcVals[v] {
					if n := s.nodes[f]; n != nil {
						t.nodes = append(t.nodes, n)
					}
				}
			case sc.locals[v] != nil:
				t.nodes = append(t.nodes, sc.locals[v])
			default:
				for i, p := range sc.n.params {
					if p == v {
						if sc.n.paramCalled == nil {
							sc.n.paramCalled = map[int]bool{}
						}
						sc.n.paramCalled[i] = true
					}
				}
			}
		}
	}
	return t
}

// funcArgs returns the arguments of a call that are functions of this package.
func (sc *scanner) funcArgs(c *ast.CallExpr) map[int]*fnode {
	var args map[int]*fnode
	for i, a := range c.Args {
		if n := sc.funcValue(a); n != nil {
			if args == nil {
				args = map[int]*fnode{}
			}
			args[i] = n
		}
	}
	return args
}

// funcValue returns the node of a function-valued expression of this
// package: a func literal, a function name or a local func variable.
func (sc *scanner) funcValue(x ast.Expr) *fnode {
	switch x := ast.Unparen(x).(type) {
	case *ast.FuncLit:
		return sc.s.nodes[x]
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := sc.s.info.Uses[identOf(x)].(type) {
		case *types.Func:
			return sc.s.nodes[obj.Origin()]
		case *types.Var:
			return sc.locals[obj]
		}
	}
	return nil
}

// noteLocalFunc remembers a local variable that holds a function of this package.
func (sc *scanner) noteLocalFunc(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := sc.s.info.ObjectOf(id).(*types.Var)
	if !ok || isPackageVar(v) {
		return
	}
	if n := sc.funcValue(rhs); n != nil {
		sc.locals[v] = n
	}
}

// call records a call's direct effects and its edges.
func (sc *scanner) call(c *ast.CallExpr, cond bool) {
	s := sc.s
	if isConversion(c, s.info) {
		return
	}
	if id := identOf(c.Fun); id != nil {
		if b, ok := s.info.Uses[id].(*types.Builtin); ok {
			sc.builtin(b.Name(), c)
			return
		}
	}
	t := sc.resolve(c)
	if t.ext != nil || len(t.nodes) == 1 && isFuncKey(t.nodes[0]) {
		fn := t.ext
		if fn == nil {
			fn = t.nodes[0].key.(*types.Func)
		}
		if sc.modelledCall(fn, c, cond) {
			return
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "flag" {
			sc.registering = append(sc.registering, posRange{c.Lparen, c.Rparen})
		}
		if idempotent, ok := callsArgNow[fullNameIfModelled(fn)]; ok {
			for _, n := range t.args {
				sc.n.calls = append(sc.n.calls, callEdge{to: n, site: c.Pos(), conditional: cond, sync: idempotent})
			}
		}
		sc.receiverAccess(c, fn)
	}
	for _, a := range c.Args {
		sc.noteEscape(a)
	}
	for _, n := range t.nodes {
		sc.n.calls = append(sc.n.calls, callEdge{to: n, site: c.Pos(), conditional: cond || len(t.nodes) > 1, args: t.args})
	}
	if t.ext != nil {
		sc.n.calls = append(sc.n.calls, callEdge{ext: t.ext, site: c.Pos(), conditional: cond})
	}
}

func isFuncKey(n *fnode) bool {
	_, ok := n.key.(*types.Func)
	return ok
}

// modelledCall records the effect of a call of a function from the
// table, and of main-thread-only functions; it reports whether fn was one.
func (sc *scanner) modelledCall(fn *types.Func, c *ast.CallExpr, cond bool) bool {
	if fn.Pkg() == nil || !modelledPackages[fn.Pkg().Path()] {
		return false
	}
	name := fn.FullName()
	if m, ok := modelled[name]; ok {
		if m.name == "" {
			m.name = name
		}
		sc.local(m.kind, m.name, c.Pos(), cond)
		return true
	}
	switch name {
	case flagSetParse:
		if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && isVar(sc.s.info, sel.X, "flag", "CommandLine") {
			sc.local(KindFlagParse, "flag.CommandLine.Parse", c.Pos(), cond)
		}
		return true
	case "(*sync.WaitGroup).Wait":
		sc.s.wgWait(sc, c, cond)
		return true
	case "(*sync.WaitGroup).Done", "(*sync.WaitGroup).Add", "(*sync.WaitGroup).Go":
		sc.s.wgNote(sc, c, name)
		return name != "(*sync.WaitGroup).Go"
	case "os/signal.Notify":
		if len(c.Args) > 0 {
			sc.noteChan(c.Args[0], func(u *varUse) { u.signal = true })
		}
		return true
	}
	if isMainThreadOnly(fn) {
		sc.local(KindMainThread, displayName(fn), c.Pos(), cond)
		return true
	}
	if reg, ok := registries[name]; ok {
		kind := KindRead
		if reg.write {
			kind = KindWrite
		}
		sc.local(kind, displayName(fn), c.Pos(), cond)
		sc.n.local[len(sc.n.local)-1].Var = &VarKey{Pkg: reg.pkg, Name: reg.name}
		return false // the call's own arguments and callbacks still count
	}
	return false
}

// receiverAccess records a method call on a package variable as a read
// (value receiver) or write (pointer receiver) of it.
func (sc *scanner) receiverAccess(c *ast.CallExpr, fn *types.Func) {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || fn.Signature().Recv() == nil {
		return
	}
	if isPointer(fn.Signature().Recv().Type()) && !isPointer(sc.s.info.Types[sel.X].Type) {
		sc.markWrite(sel.X)
	}
}

// builtin handles delete, clear and close.
func (sc *scanner) builtin(name string, c *ast.CallExpr) {
	switch name {
	case "delete", "clear":
		if len(c.Args) > 0 {
			sc.markWrite(c.Args[0])
		}
	case "close":
		if len(c.Args) > 0 {
			sc.noteChan(c.Args[0], func(u *varUse) { u.sends = true })
		}
	case "append", "copy":
		for _, a := range c.Args[1:] {
			sc.noteEscape(a)
		}
	}
}

// goStmt records a goroutine started by the node.
func (sc *scanner) goStmt(g *ast.GoStmt, cond bool) {
	for _, a := range g.Call.Args {
		sc.noteEscape(a)
	}
	t := sc.resolve(g.Call)
	name := "go " + types.ExprString(g.Call.Fun)
	for _, n := range t.nodes {
		if _, lit := n.key.(*ast.FuncLit); lit {
			name = "go " + n.name
		}
		sc.n.goes = append(sc.n.goes, callEdge{to: n, site: g.Pos(), conditional: cond})
		sc.local(KindGo, name, g.Pos(), cond)
		sc.n.local[len(sc.n.local)-1].goNode = n
	}
	if t.ext != nil {
		sc.local(KindGo, name, g.Pos(), cond)
		sc.n.local[len(sc.n.local)-1].goExt = t.ext
	}
}

// isVar reports whether x denotes the package variable pkg.name.
func isVar(info *types.Info, x ast.Expr, pkg, name string) bool {
	id := identOf(x)
	if id == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == pkg && v.Name() == name
}

// isMainThreadOnly reports whether fn is in the built-in list of
// main-thread-only functions.
func isMainThreadOnly(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	names, ok := mainThreadOnly[fn.Pkg().Path()]
	if !ok {
		return false
	}
	short := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		short = "(" + types.TypeString(recv.Type(), func(*types.Package) string { return "" }) + ")." + fn.Name()
	}
	for _, n := range names {
		if n == short {
			return true
		}
	}
	return false
}

// displayName is "pkg.F" or "pkg.T.M".
func displayName(fn *types.Func) string {
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

// implementations returns the methods named name of this package's
// concrete types that implement iface (class hierarchy analysis limited
// to the package). Results are cached per interface and name.
func (s *summarizer) implementations(iface *types.Interface, name string) []*fnode {
	key := implKey{iface, name}
	if nodes, ok := s.impls[key]; ok {
		return nodes
	}
	if s.concrete == nil {
		scope := s.pkg.Scope()
		for _, n := range scope.Names() {
			if tn, ok := scope.Lookup(n).(*types.TypeName); ok && !types.IsInterface(tn.Type()) {
				s.concrete = append(s.concrete, tn.Type())
			}
		}
	}
	var out []*fnode
	for _, t := range s.concrete {
		for _, t := range []types.Type{t, types.NewPointer(t)} {
			if !types.Implements(t, iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, false, s.pkg, name)
			if fn, ok := obj.(*types.Func); ok {
				if node := s.nodes[fn.Origin()]; node != nil {
					out = append(out, node)
				}
			}
			break
		}
	}
	s.impls[key] = out
	return out
}

type implKey struct {
	iface *types.Interface
	name  string
}

// selectStmt records "select {}" and selects whose every case waits on
// a channel nothing sends to.
func (sc *scanner) selectStmt(sel *ast.SelectStmt, cond bool) {
	if len(sel.Body.List) == 0 {
		sc.local(KindBlock, "select {}", sel.Pos(), cond)
		return
	}
	var chans []*types.Var
	for _, cl := range sel.Body.List {
		cc := cl.(*ast.CommClause)
		if cc.Comm == nil {
			return // default case
		}
		var recv ast.Expr
		switch st := cc.Comm.(type) {
		case *ast.ExprStmt:
			recv = st.X
		case *ast.AssignStmt:
			recv = st.Rhs[0]
		default:
			return // a send may complete
		}
		u, ok := ast.Unparen(recv).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return
		}
		v := sc.chanVar(u.X)
		if v == nil {
			return
		}
		chans = append(chans, v)
	}
	names := make([]string, len(chans))
	for i, v := range chans {
		names[i] = v.Name()
	}
	sc.s.waits = append(sc.s.waits, wait{node: sc.n, chans: chans, pos: sel.Pos(), cond: cond, name: "select on " + strings.Join(names, ", ")})
}

// receive records a receive from a channel variable.
func (sc *scanner) receive(ch ast.Expr, pos token.Pos, cond bool) {
	if v := sc.chanVar(ch); v != nil {
		sc.s.waits = append(sc.s.waits, wait{node: sc.n, chans: []*types.Var{v}, pos: pos, cond: cond, name: "receive from " + v.Name()})
	}
}

// chanVar returns the variable a channel expression names, or nil.
func (sc *scanner) chanVar(x ast.Expr) *types.Var {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := sc.s.info.Uses[id].(*types.Var)
	return v
}

// noteChan updates what is known of a channel or WaitGroup variable.
func (sc *scanner) noteChan(x ast.Expr, f func(*varUse)) {
	v := sc.chanVar(x)
	if v == nil {
		if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && u.Op == token.AND {
			v = sc.chanVar(u.X)
		}
	}
	if v == nil {
		return
	}
	f(sc.s.use(v))
}

// noteEscape marks channel and WaitGroup variables that flow elsewhere
// (into calls, other variables, results): then they may be used by code
// this analysis does not see.
func (sc *scanner) noteEscape(x ast.Expr) {
	switch e := ast.Unparen(x).(type) {
	case *ast.Ident:
		if v, ok := sc.s.info.Uses[e].(*types.Var); ok {
			sc.s.use(v).escapes = true
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			sc.noteEscape(e.X)
		}
	}
}

// fullNameIfModelled returns fn's FullName when its package has modelled
// functions, and "" otherwise, sparing the string for most calls.
func fullNameIfModelled(fn *types.Func) string {
	if fn.Pkg() == nil || !modelledPackages[fn.Pkg().Path()] {
		return ""
	}
	return fn.FullName()
}
