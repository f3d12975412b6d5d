package initeffect

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// godebugValue is the method a package calls to read a GODEBUG setting.
// In a program whose main module names a release at least as new as the
// one that changed the setting, and that sets no GODEBUG, it returns
// the empty string: net/http/pprof's init then registers
// "GET /debug/pprof/", not the Go 1.21 "/debug/pprof/". The model
// decides such branches with that default (see folding).
const godebugValue = "(*internal/godebug.Setting).Value"

// folding is what a function computes before it depends on its inputs:
// the branches that constants and GODEBUG defaults decide, and the
// blocks that run under them.
type folding struct {
	// taken maps a block ending in a decided if to the successor it
	// takes.
	taken map[*ssa.BasicBlock]*ssa.BasicBlock
	// live are the blocks that run on some path; nil when no branch is
	// decided and all do.
	live map[*ssa.BasicBlock]bool
}

// foldBranches decides fn's branches whose condition is constant.
func foldBranches(fn *ssa.Function) *folding {
	f := &folding{}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if c, ok := f.boolValue(iff.Cond, 0); ok {
			if f.taken == nil {
				f.taken = map[*ssa.BasicBlock]*ssa.BasicBlock{}
			}
			f.taken[b] = b.Succs[0]
			if !c {
				f.taken[b] = b.Succs[1]
			}
		}
	}
	if f.taken == nil || len(fn.Blocks) == 0 {
		return f
	}
	f.live = map[*ssa.BasicBlock]bool{}
	work := []*ssa.BasicBlock{fn.Blocks[0]}
	if fn.Recover != nil {
		work = append(work, fn.Recover)
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if f.live[b] {
			continue
		}
		f.live[b] = true
		for _, s := range b.Succs {
			if f.liveEdge(b, s) {
				work = append(work, s)
			}
		}
	}
	return f
}

// dead reports whether b runs on no path.
func (f *folding) dead(b *ssa.BasicBlock) bool {
	return f.live != nil && !f.live[b]
}

// liveEdge reports whether control can go from p to its successor b.
func (f *folding) liveEdge(p, b *ssa.BasicBlock) bool {
	if f.dead(p) {
		return false
	}
	t, decided := f.taken[p]
	return !decided || t == b
}

// maxFold bounds how deep the folding follows operands (phis of loops
// lead back to themselves).
const maxFold = 8

// stringValue returns the string v always is: a constant, a
// concatenation of such, a phi whose live edges agree, or a GODEBUG
// setting's default.
func (f *folding) stringValue(v ssa.Value, depth int) (string, bool) {
	if depth > maxFold {
		return "", false
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return constant.StringVal(v.Value), true
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			x, ok1 := f.stringValue(v.X, depth+1)
			y, ok2 := f.stringValue(v.Y, depth+1)
			return x + y, ok1 && ok2
		}
	case *ssa.Phi:
		s, found := "", false
		for i, e := range v.Edges {
			if !f.liveEdge(v.Block().Preds[i], v.Block()) {
				continue
			}
			x, ok := f.stringValue(e, depth+1)
			if !ok || found && x != s {
				return "", false
			}
			s, found = x, true
		}
		return s, found
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			if obj, ok := callee.Object().(*types.Func); ok && obj.FullName() == godebugValue {
				return "", true
			}
		}
	}
	return "", false
}

// boolValue returns the boolean v always is: a comparison of strings
// that stringValue knows, or its negation.
func (f *folding) boolValue(v ssa.Value, depth int) (bool, bool) {
	if depth > maxFold {
		return false, false
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool {
			return constant.BoolVal(v.Value), true
		}
	case *ssa.UnOp:
		if v.Op == token.NOT {
			b, ok := f.boolValue(v.X, depth+1)
			return !b, ok
		}
	case *ssa.BinOp:
		if v.Op != token.EQL && v.Op != token.NEQ {
			return false, false
		}
		x, ok1 := f.stringValue(v.X, depth+1)
		y, ok2 := f.stringValue(v.Y, depth+1)
		if !ok1 || !ok2 {
			return false, false
		}
		return (x == y) == (v.Op == token.EQL), true
	}
	return false, false
}

// folding returns fn's folding, computed once.
func (s *summarizer) folding(fn *ssa.Function) *folding {
	if fn == nil {
		return &folding{}
	}
	f := s.folds[fn]
	if f == nil {
		if s.folds == nil {
			s.folds = map[*ssa.Function]*folding{}
		}
		f = foldBranches(fn)
		s.folds[fn] = f
	}
	return f
}

// alwaysRunsFolded is alwaysRuns for a function with decided branches:
// a live block runs always when, without it, no live block that returns
// is reachable from the entry.
func alwaysRunsFolded(fn *ssa.Function, fold *folding) map[*ssa.BasicBlock]bool {
	entry := fn.Blocks[0]
	returns := func(b *ssa.BasicBlock) bool {
		if len(b.Instrs) == 0 {
			return false
		}
		_, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		return ok && b != fn.Recover
	}
	reachesReturn := func(skip *ssa.BasicBlock) bool {
		seen := map[*ssa.BasicBlock]bool{skip: true}
		work := []*ssa.BasicBlock{entry}
		for len(work) > 0 {
			b := work[len(work)-1]
			work = work[:len(work)-1]
			if seen[b] {
				continue
			}
			seen[b] = true
			if returns(b) {
				return true
			}
			for _, s := range b.Succs {
				if fold.liveEdge(b, s) {
					work = append(work, s)
				}
			}
		}
		return false
	}
	always := map[*ssa.BasicBlock]bool{entry: true}
	if !reachesReturn(nil) {
		return always
	}
	for _, b := range fn.Blocks {
		if b != entry && fold.live[b] && !reachesReturn(b) {
			always[b] = true
		}
	}
	return always
}
