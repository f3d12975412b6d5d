package inittask

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// scanner walks one function-like node and records its direct effects
// and the calls it makes.
type scanner struct {
	s       *summarizer
	n       *fnode
	guarded []posRange // statements that run with a mutex held
	// registering holds the arguments of flag definitions: a flag
	// variable read there is its default value, not a parsed flag.
	registering []posRange
	writes      map[*ast.Ident]write // identifiers in a write position
	locals      map[*types.Var]*fnode
	// always and sometimes visit code that runs on every path of the
	// node and code that runs on some paths; pointers, so that ast.Walk
	// does not allocate a visitor per node.
	always, sometimes *visitor
}

func (s *summarizer) scan(n *fnode) {
	sc := &scanner{s: s, n: n, writes: map[*ast.Ident]write{}, locals: map[*types.Var]*fnode{}}
	sc.guarded = guardedRanges(s.info, n.body)
	sc.always, sc.sometimes = &visitor{sc, false}, &visitor{sc, true}
	ast.Walk(sc.always, n.body)
}

// visitor carries whether the node being visited runs only on some paths.
type visitor struct {
	sc   *scanner
	cond bool
}

func (v *visitor) Visit(node ast.Node) ast.Visitor {
	sc := v.sc
	cond := sc.sometimes
	switch n := node.(type) {
	case *ast.FuncLit:
		return nil // a node of its own, reached through calls
	case *ast.IfStmt:
		walkAll(v, n.Init, n.Cond)
		walkAll(cond, n.Body, n.Else)
		return nil
	case *ast.ForStmt:
		if n.Init == nil && n.Cond == nil && n.Post == nil && len(n.Body.List) == 0 {
			sc.local(KindBlock, "for {}", n.Pos(), v.cond)
		}
		walkAll(v, n.Init, n.Cond)
		walkAll(cond, n.Post, n.Body)
		return nil
	case *ast.RangeStmt:
		walkAll(v, n.X)
		if isChan(sc.s.info.Types[n.X].Type) {
			sc.receive(n.X, n.Pos(), v.cond)
		}
		walkAll(cond, n.Key, n.Value, n.Body)
		return nil
	case *ast.SwitchStmt:
		walkAll(v, n.Init, n.Tag)
		walkAll(cond, n.Body)
		return nil
	case *ast.TypeSwitchStmt:
		walkAll(v, n.Init, n.Assign)
		walkAll(cond, n.Body)
		return nil
	case *ast.SelectStmt:
		sc.selectStmt(n, v.cond)
		walkAll(cond, n.Body)
		return nil
	case *ast.CommClause:
		// The receive of a case is judged with its select statement.
		switch comm := n.Comm.(type) {
		case *ast.ExprStmt:
			walkAll(v, receiveOperand(comm.X))
		case *ast.AssignStmt:
			for _, l := range comm.Lhs {
				sc.markWrite(l)
				walkAll(v, l)
			}
			walkAll(v, receiveOperand(comm.Rhs[0]))
		default:
			walkAll(v, n.Comm)
		}
		for _, st := range n.Body {
			walkAll(v, st)
		}
		return nil
	case *ast.BinaryExpr:
		if n.Op == token.LAND || n.Op == token.LOR {
			walkAll(v, n.X)
			walkAll(cond, n.Y)
			return nil
		}
	case *ast.GoStmt:
		sc.goStmt(n, v.cond)
		walkAll(v, n.Call.Fun)
		for _, a := range n.Call.Args {
			walkAll(v, a)
		}
		return nil
	case *ast.CallExpr:
		sc.call(n, v.cond)
	case *ast.AssignStmt:
		for i, l := range n.Lhs {
			sc.markWrite(l)
			if len(n.Lhs) == len(n.Rhs) {
				sc.noteLocalFunc(l, n.Rhs[i])
				sc.noteOrigin(l, n.Rhs[i])
			} else {
				sc.noteOrigin(l, nil)
			}
		}
		for _, r := range n.Rhs {
			sc.noteEscape(r)
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) && len(n.Names) == len(n.Values) {
				sc.noteOrigin(name, n.Values[i])
			} else if len(n.Values) > 0 {
				sc.noteOrigin(name, nil)
			}
		}
		for _, r := range n.Values {
			sc.noteEscape(r)
		}
	case *ast.IncDecStmt:
		sc.markWrite(n.X)
	case *ast.SendStmt:
		sc.noteChan(n.Chan, func(u *varUse) { u.sends = true })
		sc.noteEscape(n.Value)
	case *ast.ReturnStmt:
		for _, r := range n.Results {
			sc.noteEscape(r)
		}
	case *ast.CompositeLit:
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			sc.noteEscape(e)
		}
	case *ast.UnaryExpr:
		switch n.Op {
		case token.AND:
			sc.markWrite(n.X)
		case token.ARROW:
			sc.receive(n.X, n.Pos(), v.cond)
		}
	case *ast.StarExpr:
		if vr := sc.s.pkgVar(n.X); vr != nil && sc.isFlag(vr) {
			sc.flagRead(vr, n.Pos(), v.cond)
			return nil
		}
	case *ast.Ident:
		sc.ident(n, v.cond)
	}
	return v
}

func walkAll(v ast.Visitor, nodes ...ast.Node) {
	for _, n := range nodes {
		if n != nil {
			ast.Walk(v, n)
		}
	}
}

// local records a direct effect of the node.
func (sc *scanner) local(kind Kind, name string, pos token.Pos, cond bool) {
	sc.n.local = append(sc.n.local, Effect{
		Kind: kind, Name: name, Conditional: cond,
		Chain: []Site{sc.s.site(pos, sc.n.name)},
	})
}

// write says how an identifier is written.
type write int

const (
	notWritten write = iota
	writtenDirectly
	writtenThrough // through a map or slice element or a pointer
)

// markWrite marks the variable at the root of a written expression.
func (sc *scanner) markWrite(x ast.Expr) {
	kind := writtenDirectly
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.IndexExpr:
			switch under(sc.s.info.Types[e.X].Type).(type) {
			case *types.Map, *types.Slice, *types.Pointer:
				kind = writtenThrough
			}
			x = e.X
			continue
		case *ast.SelectorExpr:
			if sel := sc.s.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
				if sel.Indirect() || isPointer(sc.s.info.Types[e.X].Type) {
					kind = writtenThrough
				}
				x = e.X
				continue
			}
			sc.writes[e.Sel] = max(sc.writes[e.Sel], kind)
		case *ast.StarExpr:
			kind = writtenThrough
			x = e.X
			continue
		case *ast.Ident:
			sc.writes[e] = max(sc.writes[e], kind)
		}
		return
	}
}

// ident records a read or write of a package-level variable.
func (sc *scanner) ident(id *ast.Ident, cond bool) {
	v, ok := sc.s.info.Uses[id].(*types.Var)
	if !ok || !isPackageVar(v) {
		return
	}
	if sc.writes[id] == notWritten && sc.isFlag(v) && !isPointer(v.Type()) {
		if !inRanges(sc.registering, id.Pos()) {
			sc.flagRead(v, id.Pos(), cond)
		}
		return
	}
	if !sc.tracked(v) {
		return
	}
	kind := KindRead
	if sc.writes[id] != notWritten {
		kind = KindWrite
	} else if isError(v.Type()) {
		return // sentinel error values are not state
	}
	sc.n.local = append(sc.n.local, Effect{
		Kind: kind, Name: qualifiedName(v), Var: &VarKey{Pkg: v.Pkg().Path(), Name: v.Name()},
		Indirect:    sc.writes[id] == writtenThrough,
		Sync:        sc.isGuarded(id.Pos()) || syncType(v.Type()),
		Conditional: cond,
		Chain:       []Site{sc.s.site(id.Pos(), sc.n.name)},
	})
}

func (sc *scanner) isFlag(v *types.Var) bool {
	if v.Pkg() == sc.s.pkg {
		return sc.s.flags[v]
	}
	return sc.s.imp != nil && sc.s.imp.IsFlag(v)
}

func (sc *scanner) flagRead(v *types.Var, pos token.Pos, cond bool) {
	sc.n.local = append(sc.n.local, Effect{
		Kind: KindFlagRead, Name: qualifiedName(v), Var: &VarKey{Pkg: v.Pkg().Path(), Name: v.Name()},
		Conditional: cond, Chain: []Site{sc.s.site(pos, sc.n.name)},
	})
}

// tracked reports whether accesses to v are recorded: variables of the
// standard library are its implementation; the effects that matter
// there (registries, exits, flags) are modelled by function.
func (sc *scanner) tracked(v *types.Var) bool {
	return v.Pkg() == sc.s.pkg || sc.s.imp == nil || !sc.s.imp.IsStd(v.Pkg().Path())
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// syncType reports whether values of t synchronize their own accesses.
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

// posRange is a range of source positions.
type posRange struct{ from, to token.Pos }

// guardedRanges returns the top-level statements of a function body that
// run between a mutex Lock (or RLock) and the matching Unlock; a deferred
// Unlock keeps the rest of the body guarded.
func guardedRanges(info *types.Info, body ast.Node) []posRange {
	block, ok := body.(*ast.BlockStmt)
	if !ok {
		return nil
	}
	var out []posRange
	locked := false
	for _, st := range block.List {
		if es, ok := st.(*ast.ExprStmt); ok {
			if c, ok := es.X.(*ast.CallExpr); ok {
				if fn := typeutil.StaticCallee(info, c); fn != nil {
					switch fn.FullName() {
					case "(*sync.Mutex).Lock", "(*sync.RWMutex).Lock", "(*sync.RWMutex).RLock":
						locked = true
						continue
					case "(*sync.Mutex).Unlock", "(*sync.RWMutex).Unlock", "(*sync.RWMutex).RUnlock":
						locked = false
						continue
					}
				}
			}
		}
		if locked {
			out = append(out, posRange{st.Pos(), st.End()})
		}
	}
	return out
}

func (sc *scanner) isGuarded(pos token.Pos) bool { return inRanges(sc.guarded, pos) }

func inRanges(ranges []posRange, pos token.Pos) bool {
	for _, r := range ranges {
		if r.from <= pos && pos < r.to {
			return true
		}
	}
	return false
}

func isChan(t types.Type) bool {
	_, ok := under(t).(*types.Chan)
	return ok
}

// noteOrigin marks a channel or WaitGroup variable as escaping when it
// is assigned something other than a fresh make(...): the value may be
// shared with code this analysis does not see.
func (sc *scanner) noteOrigin(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := sc.s.info.ObjectOf(id).(*types.Var)
	if !ok || !isChan(v.Type()) {
		return
	}
	if c, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && isMake(sc.s.info, c) {
		return
	}
	sc.s.use(v).escapes = true
}

// receiveOperand returns the channel of a receive expression, or x itself.
func receiveOperand(x ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		return u.X
	}
	return x
}
