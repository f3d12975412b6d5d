package summary

import (
	"go/token"
	"slices"
	"sort"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/gotypes"
	"github.com/initvet/initvet/internal/resultkeys"
	"github.com/initvet/initvet/internal/ssafold"
	"github.com/initvet/initvet/internal/ssavalue"
)

// maxChain bounds the length of a recorded call chain.
const maxChain = 24

// maxInternalChain bounds how many calls above their site dynamic calls
// and values travel: within it a value meets the calls it serves (a
// program's init, the library function that calls it, the call); beyond
// it they would cost every caller of every library function, in time
// and facts, for nothing.
const maxInternalChain = 6

// maxRounds bounds the rounds of dynamic call resolution: each round
// resolves calls with the values known, then propagates what that adds.
const maxRounds = 8

// solve computes the transitive effects of every node.
func (s *summarizer) solve() {
	s.finishWaits()
	callers := s.callers()
	s.propagate(s.order, callers)
	s.propagate(s.addValues(), callers)
	for range maxRounds {
		changed := s.resolveCalls()
		if len(changed) == 0 {
			break
		}
		s.propagate(changed, callers)
	}
	for _, n := range s.order {
		n.index, n.keys, n.stamps, n.calleeNodes = nil, nil, nil, nil
		for i := range n.effects {
			s.fillGoroutine(&n.effects[i])
		}
		sort.SliceStable(n.effects, func(i, j int) bool { return firstPos(n.effects[i]) < firstPos(n.effects[j]) })
	}
}

// callers merges each node's direct effects and what it calls in other
// packages into its effects, and returns the callers of each node.
func (s *summarizer) callers() map[*fnode][]*fnode {
	callers := map[*fnode][]*fnode{}
	s.keyIDs = map[effectKey]int32{}
	for _, n := range s.order {
		n.index = map[int32]int{}
		for _, e := range n.local {
			s.merge(n, e)
		}
		for _, e := range n.calls {
			if e.ext != nil && s.deps != nil && !s.deps.IsStd(e.ext.Pkg().Path()) {
				s.addThrough(n, s.deps.FuncEffects(e.ext), nil, e)
			}
			if e.to != nil && !slices.Contains(callers[e.to], n) {
				callers[e.to] = append(callers[e.to], n)
			}
		}
	}
	return callers
}

// propagate merges the effects of the nodes in work into their callers,
// transitively.
func (s *summarizer) propagate(work []*fnode, callers map[*fnode][]*fnode) {
	work = slices.Clone(work)
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
					changed = s.addThrough(n, m.effects, m.keys, e) || changed
				}
			}
			if changed && !queued[n] {
				queued[n] = true
				work = append(work, n)
			}
		}
	}
}

// resolveCalls resolves each node's dynamic calls with the values it
// makes, and for the package's initializers, init functions and
// main.main, with those its earlier ones made. It returns the nodes
// whose effects changed.
func (s *summarizer) resolveCalls() []*fnode {
	var changed []*fnode
	earlier := newValuePool() // values made by the initializers and init functions so far
	isEntry := map[*fnode]bool{}
	for _, n := range s.entries() {
		isEntry[n] = true
		if s.resolveNode(n, earlier) {
			changed = append(changed, n)
		}
		if n != s.main {
			s.poolValues(earlier, n, len(n.effects))
		}
	}
	for _, n := range s.order {
		if !isEntry[n] && s.resolveNode(n, nil) {
			changed = append(changed, n)
		}
	}
	return changed
}

// valuePool indexes values for resolution: func values by shape, values
// of types by the shape of each of their methods.
type valuePool struct {
	funcs, methods map[string][]valueRef
	size           int
}

func newValuePool() *valuePool {
	return &valuePool{funcs: map[string][]valueRef{}, methods: map[string][]valueRef{}}
}

// valueRef is a value effect of a node: its index among the node's
// effects.
type valueRef struct {
	node *fnode
	j    int
}

// poolValues adds to p the values among n's first own effects.
func (s *summarizer) poolValues(p *valuePool, n *fnode, own int) {
	for j := range own {
		v := &n.effects[j]
		if v.Kind != initeffect.KindValue {
			continue
		}
		p.size++
		ref := valueRef{n, j}
		if !strings.HasPrefix(v.Name, "type:") {
			p.funcs[v.Name] = append(p.funcs[v.Name], ref)
			continue
		}
		add := func(shape string) {
			if refs := p.methods[shape]; len(refs) == 0 || refs[len(refs)-1] != ref {
				p.methods[shape] = append(refs, ref)
			}
		}
		if t := s.ref(v.Ref).typ; t != nil {
			for _, m := range s.methods(t) {
				add(m.Shape)
			}
		} else {
			for _, m := range v.Methods {
				add(m.Shape)
			}
		}
	}
}

// of returns the values a call of the shape can call, func values
// first.
func (p *valuePool) of(shape string) [2][]valueRef {
	if p == nil {
		return [2][]valueRef{}
	}
	return [2][]valueRef{p.funcs[shape], p.methods[shape]}
}

// resolveNode resolves n's dynamic calls with the values n makes and
// those in earlier, and reports whether n's effects grew.
//
// Resolving is semi-naive. Each effect is stamped when it is stored
// (see fnode.put). A call meets again only the values stored since n
// was last resolved, and a value it met then only if the node the
// value calls stored effects since, and then only those effects. The
// pairs left out would add nothing new: what they add is the same as
// before or, with more callees found, only more conditional (see
// better).
func (s *summarizer) resolveNode(n *fnode, earlier *valuePool) bool {
	if !hasKind(n.effects, initeffect.KindCall) || (earlier == nil || earlier.size == 0) && !hasKind(n.effects, initeffect.KindValue) {
		return false
	}
	since := n.resolvedAt
	n.resolvedAt = s.clock
	own := len(n.effects) // the values n makes, as this round starts
	mine := newValuePool()
	s.poolValues(mine, n, own)
	grew := false
	for i := range own {
		if call := n.effects[i]; call.Kind == initeffect.KindCall {
			grew = s.addCallees(n, call, s.calleesOf(n, i, earlier, mine, since)) || grew
		}
	}
	return grew
}

// calleesOf returns what the dynamic call at index i of n's effects can
// call among the values made earlier and those n makes, each marked
// with what may be new there since n was last resolved (see
// resolveNode); none for a call of a parameter, whose callers pass the
// value (see callValue), and none at all if nothing can be new.
func (s *summarizer) calleesOf(n *fnode, i int, earlier, mine *valuePool, since int) []callee {
	call := n.effects[i]
	if strings.HasPrefix(call.Source, "param:") {
		return nil
	}
	// In the order values are tried: func values, then values of types,
	// each made earlier, then by n.
	e, m := earlier.of(call.Name), mine.of(call.Name)
	lists := [][]valueRef{e[0], m[0], e[1], m[1]}
	newCall := n.stamps[i] > since
	if !newCall && !newValues(lists, since) && !n.calleesChanged(i, since) {
		return nil
	}
	var found []callee
	var nodes []*fnode
	for _, refs := range lists {
		for _, v := range refs {
			c, ok := s.callValue(&call, &v.node.effects[v.j])
			if !ok {
				continue
			}
			switch {
			case newCall || v.node.stamps[v.j] > since:
				c.fresh = true
			case c.node != nil && c.node.changed > since:
				c.fresh, c.since = true, since // only its later effects are new
			}
			found = append(found, c)
			if c.node != nil {
				nodes = append(nodes, c.node)
			}
		}
	}
	if len(n.calleeNodes) < len(n.effects) {
		n.calleeNodes = append(n.calleeNodes, make([][]*fnode, len(n.effects)-len(n.calleeNodes))...)
	}
	n.calleeNodes[i] = nodes
	return found
}

// newValues reports whether a value in the lists was stored after
// since.
func newValues(lists [][]valueRef, since int) bool {
	for _, refs := range lists {
		for _, v := range refs {
			if v.node.stamps[v.j] > since {
				return true
			}
		}
	}
	return false
}

// calleesChanged reports whether a node that the call at index i of n's
// effects found a value of, when n was last resolved, stored effects
// after since.
func (n *fnode) calleesChanged(i int, since int) bool {
	if i >= len(n.calleeNodes) {
		return true
	}
	for _, c := range n.calleeNodes[i] {
		if c.changed > since {
			return true
		}
	}
	return false
}

// addCallees adds to n what its dynamic call does through the callees
// found: the goroutine it starts, or the callees' effects behind the
// call; it reports whether n's effects grew.
func (s *summarizer) addCallees(n *fnode, call initeffect.Effect, found []callee) bool {
	grew := false
	if call.Go {
		for _, c := range found {
			if c.fresh && c.since == 0 { // the goroutine is the same if only what it does changed
				grew = s.merge(n, goroutine(call, c, len(found) > 1)) || grew
			}
		}
		return grew
	}
	for _, c := range found {
		if !c.fresh {
			continue
		}
		for j, eff := range c.effects {
			if c.since > 0 && c.node.stamps[j] <= c.since {
				continue // offered when n was last resolved
			}
			if len(eff.Chain)+len(call.Chain) > maxChain {
				continue
			}
			if eff.Kind == initeffect.KindCall && strings.HasPrefix(eff.Source, "param:") {
				continue // called through a value: the arguments are not known
			}
			eff.Conditional = eff.Conditional || call.Conditional || len(found) > 1
			var k int32 // the key is the callee's: only the chain and conditionality change
			if c.node != nil {
				k = c.node.keys[j]
			} else {
				k = s.keyID(&eff)
			}
			if i, ok := n.index[k]; ok && !better(eff.Conditional, len(call.Chain)+len(eff.Chain), n.effects[i]) {
				continue
			}
			eff.Chain = append(slices.Clone(call.Chain), eff.Chain...)
			grew = n.addKeyed(k, eff) || grew
		}
	}
	return grew
}

// shortTarget writes a function's full name as chains name functions:
// "(*example.com/x.T).M" as "x.T.M".
func shortTarget(full string) string {
	full = strings.NewReplacer("(", "", ")", "", "*", "").Replace(full)
	if i := strings.LastIndex(full, "/"); i >= 0 {
		full = full[i+1:]
	}
	return full
}

// callee is what a dynamic call calls: the function's effects and name,
// its node when it is of this package (the effects are then the node's),
// and whether the call may find
// something new there (see resolveNode): in all its effects, or with
// since only in those its node stored after since.
type callee struct {
	effects []initeffect.Effect
	target  string
	node    *fnode
	fresh   bool
	since   int
}

// goroutine returns the goroutine a dynamic go statement starts when it
// calls a value that does effects: what it reads, writes and calls that
// must run on the main thread.
func goroutine(call initeffect.Effect, c callee, several bool) initeffect.Effect {
	g := initeffect.Effect{Kind: initeffect.KindGo, Name: "go " + shortTarget(c.target), Chain: call.Chain, Conditional: call.Conditional || several, Goroutine: []initeffect.Effect{}}
	for _, e := range c.effects {
		switch e.Kind {
		case initeffect.KindRead, initeffect.KindWrite, initeffect.KindMainThread:
			e.Goroutine = nil
			g.Goroutine = append(g.Goroutine, release(e))
		}
	}
	return g
}

// hasKind reports whether one of the effects is of the kind.
func hasKind(effects []initeffect.Effect, k initeffect.Kind) bool {
	for i := range effects {
		if effects[i].Kind == k {
			return true
		}
	}
	return false
}

// entries are the package's initializers and init functions in the
// order they run, then main.main.
func (s *summarizer) entries() []*fnode {
	out := append(slices.Clone(s.items), s.inits...)
	if s.main != nil {
		out = append(out, s.main)
	}
	return out
}

// addThrough merges callee effects into n's, as seen from n across the
// call edge e, and reports whether n's effects changed. keys, when not
// nil, are the numbers of the effects' keys (a node's keys). A chain is
// only built for an effect that is kept.
func (s *summarizer) addThrough(n *fnode, effects []initeffect.Effect, keys []int32, e callEdge) bool {
	changed := false
	for j, eff := range effects {
		key := int32(-1)
		if keys != nil {
			key = keys[j]
		}
		if eff.ResultKeys != nil {
			if used, ok := resultkeys.UsedKeys(e.call); ok && !overlaps(used, eff.ResultKeys) {
				continue // a read only entries of the result n does not use depend on
			}
			eff.ResultKeys, key = nil, -1
		}
		if eff.KeyArg > 0 {
			eff, key = s.keyedBy(eff, ssavalue.CallArg(e.call, eff.KeyArg-1), eff.KeyMethod, n.fn), -1
		}
		if eff.Kind == initeffect.KindCall && strings.HasPrefix(eff.Source, "param:") {
			for _, p := range s.passed(eff, e, n) {
				changed = s.addOne(n, p, -1, e) || changed
			}
			continue
		}
		changed = s.addOne(n, eff, key, e) || changed
	}
	return changed
}

// overlaps reports whether two lists share an element.
func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// addOne merges one callee effect into n's across the call edge e;
// key is the number of the effect's key, or -1 when not known.
func (s *summarizer) addOne(n *fnode, eff initeffect.Effect, key int32, e callEdge) bool {
	if len(eff.Chain) >= maxChain || eff.Kind.Internal() && len(eff.Chain) >= maxInternalChain {
		return false
	}
	// The edge can change the effect's key (keyOf): then it is numbered
	// again.
	eff.Conditional = eff.Conditional || e.conditional
	if e.thenExits && eff.Kind == initeffect.KindGo && !eff.ThenExits {
		eff.ThenExits, key = true, -1
	}
	if len(e.guards) > 0 {
		eff.Guards, key = ssafold.JoinGuards(e.guards, eff.Guards), -1
	}
	if eff.Once == "" && e.once != "" {
		eff.Once, key = e.once, -1
	}
	if e.sync && (eff.Kind == initeffect.KindRead || eff.Kind == initeffect.KindWrite) && !eff.Sync {
		eff.Sync, key = true, -1
	}
	if key < 0 {
		key = s.keyID(&eff)
	}
	i, ok := n.index[key]
	if ok && !better(eff.Conditional, len(eff.Chain)+1, n.effects[i]) {
		return false
	}
	eff.Chain = append([]initeffect.Site{s.site(e.site, n.name)}, eff.Chain...)
	n.put(key, i, ok, eff)
	return true
}

// fillGoroutine sets what a goroutine started by a go effect does: the
// variables it reads and writes and the main-thread-only calls it makes.
func (s *summarizer) fillGoroutine(e *initeffect.Effect) {
	if e.Kind != initeffect.KindGo || e.Goroutine != nil {
		return
	}
	// Every caller holds a copy of the effect: compute the list once.
	key := goKey{e.Name, e.Chain[len(e.Chain)-1].TokenPos()}
	if g, ok := s.goroutines[key]; ok {
		e.Goroutine = g
		return
	}
	defer func() { s.goroutines[key] = e.Goroutine }()
	var inner []initeffect.Effect
	r := s.ref(e.Ref)
	for _, n := range r.goNodes {
		inner = append(inner, n.effects...)
	}
	for _, fn := range r.goExt {
		switch {
		case s.model.MainThreadOnly(fn):
			inner = append(inner, initeffect.Effect{Kind: initeffect.KindMainThread, Name: gotypes.FuncName(fn)})
		case s.deps != nil:
			inner = append(inner, s.deps.FuncEffects(fn)...)
		}
	}
	e.Goroutine = []initeffect.Effect{}
	for _, g := range inner {
		switch g.Kind {
		case initeffect.KindRead, initeffect.KindWrite, initeffect.KindMainThread:
			g.Goroutine = nil
			e.Goroutine = append(e.Goroutine, g)
		}
	}
}

// goKey identifies a goroutine by its go statement.
type goKey struct {
	name string
	pos  token.Pos
}

// effectKey identifies an effect for merging: the same thing reached by
// two paths is one effect, with the shorter chain.
type effectKey struct {
	kind                 initeffect.Kind
	name, target         string
	targets, sinks       string
	source               string
	goCall               bool
	v                    initeffect.VarKey
	hasVar               bool
	sync, indirect, addr bool
	thenExits            bool
	keyArg               int
	keyMethod, guards    string
	value, once          string
	resultKeys           string
}

func keyOf(e *initeffect.Effect) effectKey {
	k := effectKey{kind: e.Kind, name: e.Name, target: e.Target, sync: e.Sync, indirect: e.Indirect, addr: e.Addr, thenExits: e.ThenExits, keyArg: e.KeyArg, keyMethod: e.KeyMethod, value: e.Value, once: e.Once}
	if e.Kind.Internal() {
		k.targets, k.sinks = joinKey(e.Targets), joinKey(e.Sinks)
		k.source, k.goCall = e.Source, e.Go
	}
	if e.Var != nil {
		k.v, k.hasVar = *e.Var, true
	}
	if len(e.Guards) > 0 {
		k.guards = strings.Join(e.Guards, ",")
	}
	k.resultKeys = joinKey(e.ResultKeys)
	return k
}

// joinKey joins a list for an effectKey, without allocating for the
// common lists of none or one.
func joinKey(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list, ",")
}

// keyID returns the number of e's key (keyOf) while solving: the same
// number for equal keys, so that a node finds an effect by a small
// number, and an effect passed on unchanged keeps its callee's.
func (s *summarizer) keyID(e *initeffect.Effect) int32 {
	k := keyOf(e)
	id, ok := s.keyIDs[k]
	if !ok {
		id = int32(len(s.keyIDs))
		s.keyIDs[k] = id
	}
	return id
}

// merge merges e into n's effects, keeping for each effect the
// unconditional, then shortest, chain; it reports whether they changed.
func (s *summarizer) merge(n *fnode, e initeffect.Effect) bool { return n.addKeyed(s.keyID(&e), e) }

// addKeyed is merge with the number of e's key computed.
func (n *fnode) addKeyed(k int32, e initeffect.Effect) bool {
	i, ok := n.index[k]
	if ok && !better(e.Conditional, len(e.Chain), n.effects[i]) {
		return false
	}
	n.put(k, i, ok, e)
	return true
}

// put stores e under its key k: at index i of n's effects if the key is
// there (ok), else as a new effect, stamped with the summarizer's clock.
func (n *fnode) put(k int32, i int, ok bool, e initeffect.Effect) {
	*n.clock++
	n.changed = *n.clock
	if ok {
		n.effects[i], n.stamps[i] = e, n.changed
		return
	}
	n.index[k] = len(n.effects)
	n.effects = append(n.effects, e)
	n.keys = append(n.keys, k)
	n.stamps = append(n.stamps, n.changed)
}

// better reports whether an effect with the given conditionality and
// chain length should replace b.
func better(conditional bool, chain int, b initeffect.Effect) bool {
	if conditional != b.Conditional {
		return !conditional
	}
	return chain < len(b.Chain)
}

// firstPos is the position of an effect's first site, for ordering.
func firstPos(e initeffect.Effect) token.Pos {
	if len(e.Chain) == 0 {
		return token.NoPos
	}
	return e.Chain[0].TokenPos()
}
