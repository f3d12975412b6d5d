package summary

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// wait is a receive, select or WaitGroup.Wait on channels or WaitGroups.
type wait struct {
	node  *fnode
	roots []any
	wg    bool
	pos   token.Pos
	cond  bool
	name  string
}

// receive records a receive from a channel.
func (sc *scanner) receive(ch ssa.Value, pos token.Pos, n *fnode, cond bool) {
	sc.wait(n, []ssa.Value{ch}, waitReceive, pos, cond)
}

// selectInstr records "select {}" and selects whose every case receives
// from a channel.
func (sc *scanner) selectInstr(sel *ssa.Select, n *fnode, cond bool) {
	if !sel.Blocking {
		return // a default case
	}
	if len(sel.States) == 0 {
		sc.effect(n, initeffect.Effect{Kind: initeffect.KindBlock, Name: "select {}", Conditional: cond}, sel.Pos())
		return
	}
	var chans []ssa.Value
	for _, st := range sel.States {
		if st.Dir != types.RecvOnly {
			return // a send may complete
		}
		chans = append(chans, st.Chan)
	}
	sc.wait(n, chans, waitSelect, sel.Pos(), cond)
}

// waitKind says how a wait waits.
type waitKind int

const (
	waitReceive waitKind = iota
	waitSelect
	waitGroup
)

// wait records a wait on channels or a WaitGroup, judged once the whole
// package has been seen.
func (sc *scanner) wait(n *fnode, vals []ssa.Value, kind waitKind, pos token.Pos, cond bool) {
	if n == nil {
		return
	}
	var roots []any
	var names []string
	for _, v := range vals {
		r := ssavalue.ChanRoot(v)
		if r == nil {
			return
		}
		roots = append(roots, r)
		names = append(names, sc.s.chanName(r))
	}
	name := "receive from " + names[0]
	switch kind {
	case waitGroup:
		name = names[0] + ".Wait"
	case waitSelect:
		name = "select on " + strings.Join(names, ", ")
	}
	sc.s.waits = append(sc.s.waits, wait{node: n, roots: roots, wg: kind == waitGroup, pos: pos, cond: cond, name: name})
}

// chanName names a channel or WaitGroup for people.
func (s *summarizer) chanName(r any) string {
	switch r := r.(type) {
	case types.Object:
		return r.Name()
	case *ssa.Alloc:
		if r.Comment != "" {
			return r.Comment
		}
	case *ssa.MakeChan:
		if name, ok := s.syntax.MadeInto[r.Pos()]; ok {
			return name
		}
	}
	return "a channel"
}

// finishWaits turns the receives, selects and Waits that nothing can
// complete into blocking effects: nothing in the package sends, or, for
// a wait that only init reaches, nothing that runs before it or while
// it waits does (the senders run only from main.main, from other entry
// points, or from a later initializer or init function).
func (s *summarizer) finishWaits() {
	first, fromMain := s.firstItems()
	for _, w := range s.waits {
		blocked, signal, later := true, false, false
		start, initOnly := first[w.node]
		initOnly = initOnly && !fromMain[w.node]
		for _, r := range w.roots {
			u := s.uses.Of(r)
			open := u.Escapes
			if v, ok := r.(*types.Var); ok && v.Exported() {
				open = true // other packages may send
			}
			if w.wg {
				open = open || !u.Adds
			}
			for _, fn := range u.Senders {
				// A sender that runs only from a later entry or from
				// main.main, through static calls. Methods and funcs
				// made into values may run from anywhere.
				n := s.nodes[fn]
				i, byInit := first[n]
				if initOnly && n != nil && fn.Signature.Recv() == nil && (byInit && i > start || !byInit && fromMain[n]) {
					later = true
				} else {
					open = true
				}
			}
			if open {
				blocked = false
			}
			signal = signal || u.Signal
		}
		if !blocked {
			continue
		}
		name := w.name
		switch {
		case signal:
			name += " (waits for an OS signal)"
		case later:
			name += " (only main.main or a later init sends)"
		case w.wg:
			name += " (nothing calls Done)"
		default:
			name += " (nothing sends on it or closes it)"
		}
		w.node.local = append(w.node.local, initeffect.Effect{
			Kind: initeffect.KindBlock, Name: name, Conditional: w.cond,
			Chain: []initeffect.Site{s.site(w.pos, w.node.name)},
		})
	}
}

// firstItems maps the nodes that no exported function or method reaches
// to the index of the first initializer or init function that reaches
// them, through calls, goroutines and the func values it makes;
// fromMain holds those that main.main reaches.
func (s *summarizer) firstItems() (first map[*fnode]int, fromMain map[*fnode]bool) {
	succ := func(n *fnode) []*fnode {
		var out []*fnode
		for _, e := range n.calls {
			if e.to != nil {
				out = append(out, e.to)
			}
		}
		for _, list := range [][]initeffect.Effect{n.local, n.values} {
			for _, e := range list {
				r := s.ref(e.Ref)
				out = append(out, r.goNodes...)
				if r.valueNode != nil {
					out = append(out, r.valueNode)
				}
			}
		}
		return out
	}
	reach := func(roots []*fnode, f func(*fnode) bool) {
		work := slices.Clone(roots)
		for len(work) > 0 {
			n := work[len(work)-1]
			work = work[:len(work)-1]
			if f(n) {
				work = append(work, succ(n)...)
			}
		}
	}
	exported := map[*fnode]bool{}
	var roots []*fnode
	for _, n := range s.order {
		if n.obj != nil && n.obj.Exported() {
			roots = append(roots, n)
		}
	}
	reach(roots, func(n *fnode) bool {
		if exported[n] {
			return false
		}
		exported[n] = true
		return true
	})
	fromMain = map[*fnode]bool{}
	if s.main != nil {
		reach([]*fnode{s.main}, func(n *fnode) bool {
			if fromMain[n] || exported[n] {
				return false
			}
			fromMain[n] = true
			return true
		})
	}
	first = map[*fnode]int{}
	for i, item := range slices.Concat(s.items, s.inits) {
		reach([]*fnode{item}, func(n *fnode) bool {
			if _, ok := first[n]; ok || exported[n] {
				return false
			}
			first[n] = i
			return true
		})
	}
	return first, fromMain
}
