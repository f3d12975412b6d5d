package inittask

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
)

// maxChain bounds the length of a recorded call chain.
const maxChain = 24

// wgWait records a WaitGroup.Wait on a variable.
func (s *summarizer) wgWait(sc *scanner, c *ast.CallExpr, cond bool) {
	if v := sc.receiverVar(c); v != nil {
		s.waits = append(s.waits, wait{node: sc.n, chans: []*types.Var{v}, wg: true, pos: c.Pos(), cond: cond, name: v.Name() + ".Wait"})
	}
}

// wgNote records Add, Done and Go on a WaitGroup variable; Go also starts
// its argument as a goroutine.
func (s *summarizer) wgNote(sc *scanner, c *ast.CallExpr, name string) {
	if v := sc.receiverVar(c); v != nil {
		u := s.use(v)
		switch name {
		case "(*sync.WaitGroup).Add":
			u.adds = true
		default:
			u.sends = true
		}
	}
	if name == "(*sync.WaitGroup).Go" && len(c.Args) == 1 {
		if n := sc.funcValue(c.Args[0]); n != nil {
			sc.n.goes = append(sc.n.goes, callEdge{to: n, site: c.Pos()})
			sc.local(KindGo, "go "+types.ExprString(c.Args[0]), c.Pos(), false)
			sc.n.local[len(sc.n.local)-1].goNode = n
		}
	}
}

// receiverVar returns the variable a method is called on (x.M() or
// (&x).M()), or nil.
func (sc *scanner) receiverVar(c *ast.CallExpr) *types.Var {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	x := ast.Unparen(sel.X)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = u.X
	}
	return sc.chanVar(x)
}

// finishWaits turns the receives, selects and Waits that nothing in the
// package can complete into blocking effects.
func (s *summarizer) finishWaits() {
	params := map[*types.Var]bool{}
	for _, n := range s.order {
		for _, p := range n.params {
			params[p] = true
		}
	}
	for _, w := range s.waits {
		blocked, signal := true, false
		for _, v := range w.chans {
			u := s.use(v)
			open := u.escapes || params[v] || v.Exported() && isPackageVar(v)
			if w.wg {
				open = open || !u.adds
			}
			if open || u.sends {
				blocked = false
			}
			signal = signal || u.signal
		}
		if !blocked {
			continue
		}
		name := w.name
		switch {
		case signal:
			name += " (waits for an OS signal)"
		case w.wg:
			name += " (nothing calls Done)"
		default:
			name += " (nothing sends on it or closes it)"
		}
		w.node.local = append(w.node.local, Effect{
			Kind: KindBlock, Name: name, Conditional: w.cond,
			Chain: []Site{s.site(w.pos, w.node.name)},
		})
	}
}

// solve computes the transitive effects of every node.
func (s *summarizer) solve() {
	s.finishWaits()
	for _, n := range s.order {
		for _, e := range n.calls {
			if e.to == nil {
				continue
			}
			for i, arg := range e.args {
				if e.to.paramCalled[i] {
					n.calls = append(n.calls, callEdge{to: arg, site: e.site, conditional: e.conditional})
				}
			}
		}
	}
	callers := map[*fnode][]*fnode{}
	for _, n := range s.order {
		n.index = map[effectKey]int{}
		for _, e := range n.local {
			n.add(e)
		}
		for _, e := range n.calls {
			if e.ext != nil && s.imp != nil && !s.imp.IsStd(e.ext.Pkg().Path()) {
				s.addThrough(n, s.imp.FuncEffects(e.ext), e)
			}
			if e.to != nil && !slices.Contains(callers[e.to], n) {
				callers[e.to] = append(callers[e.to], n)
			}
		}
	}
	work := append([]*fnode(nil), s.order...)
	queued := map[*fnode]bool{}
	for _, n := range work {
		queued[n] = true
	}
	for len(work) > 0 {
		m := work[0]
		work = work[1:]
		queued[m] = false
		for _, n := range callers[m] {
			changed := false
			for _, e := range n.calls {
				if e.to == m {
					changed = s.addThrough(n, m.effects, e) || changed
				}
			}
			if changed && !queued[n] {
				queued[n] = true
				work = append(work, n)
			}
		}
	}
	for _, n := range s.order {
		n.index = nil
		for i := range n.effects {
			s.fillGoroutine(&n.effects[i])
		}
		sort.SliceStable(n.effects, func(i, j int) bool { return firstPos(n.effects[i]) < firstPos(n.effects[j]) })
	}
}

// addThrough merges callee effects into n's, as seen from n across the
// call edge e, and reports whether n's effects changed. A chain is only
// built for an effect that is kept.
func (s *summarizer) addThrough(n *fnode, effects []Effect, e callEdge) bool {
	changed := false
	for _, eff := range effects {
		if len(eff.Chain) >= maxChain {
			continue
		}
		eff.Conditional = eff.Conditional || e.conditional
		if e.sync && (eff.Kind == KindRead || eff.Kind == KindWrite) {
			eff.Sync = true
		}
		if i, ok := n.index[eff.key()]; ok && !better(eff.Conditional, len(eff.Chain)+1, n.effects[i]) {
			continue
		}
		eff.Chain = append([]Site{s.site(e.site, n.name)}, eff.Chain...)
		changed = n.add(eff) || changed
	}
	return changed
}

// fillGoroutine sets what a goroutine started by a go effect does.
func (s *summarizer) fillGoroutine(e *Effect) {
	if e.Kind != KindGo || e.Goroutine != nil {
		return
	}
	var inner []Effect
	switch {
	case e.goNode != nil:
		inner = e.goNode.effects
	case e.goExt != nil && isMainThreadOnly(e.goExt):
		inner = []Effect{{Kind: KindMainThread, Name: displayName(e.goExt)}}
	case e.goExt != nil && s.imp != nil:
		inner = s.imp.FuncEffects(e.goExt)
	}
	e.Goroutine = []Effect{}
	for _, g := range inner {
		switch g.Kind {
		case KindRead, KindWrite, KindMainThread:
			g.Goroutine = nil
			e.Goroutine = append(e.Goroutine, g)
		}
	}
}

// add merges e into n's effects, keeping for each effect the
// unconditional, then shortest, chain; it reports whether they changed.
func (n *fnode) add(e Effect) bool {
	k := e.key()
	i, ok := n.index[k]
	switch {
	case !ok:
		n.index[k] = len(n.effects)
		n.effects = append(n.effects, e)
		return true
	case better(e.Conditional, len(e.Chain), n.effects[i]):
		n.effects[i] = e
		return true
	}
	return false
}

// better reports whether an effect with the given conditionality and
// chain length should replace b.
func better(conditional bool, chain int, b Effect) bool {
	if conditional != b.Conditional {
		return !conditional
	}
	return chain < len(b.Chain)
}

// firstPos is the position of an effect's first site, for ordering.
func firstPos(e Effect) token.Pos {
	if len(e.Chain) == 0 {
		return token.NoPos
	}
	return e.Chain[0].pos
}
