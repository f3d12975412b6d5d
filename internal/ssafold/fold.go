// Package ssafold tells which blocks of a function in SSA form run:
// the branches that constant conditions (including GODEBUG defaults and
// variables nothing has set) make dead, the blocks every run passes
// through, and the blocks guarded by a package variable not being nil.
package ssafold

import (
	"go/constant"
	"go/token"
	"go/types"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// godebugValue is the method a package calls to read a GODEBUG setting.
// In a program whose main module names a release at least as new as the
// one that changed the setting, and that runs without GODEBUG, it
// returns the empty string: net/http/pprof's init then registers
// "GET /debug/pprof/", not the Go 1.21 "/debug/pprof/". The model names
// registry entries with that default; what runs still includes the
// branches a GODEBUG set at run time takes (cmd/go's gofsystrace
// exits when its log file cannot be opened).
const godebugValue = "(*internal/godebug.Setting).Value"

// Folding is what a function computes before it depends on its inputs:
// the branches that constants decide, those that test a package
// variable only the function sets (nil on its first call: generated
// protobuf code's "if File_x_proto != nil { return }"), with defaults
// set those that GODEBUG defaults decide, and the blocks that run under
// them.
type Folding struct {
	// Defaults takes GODEBUG settings to have their default value.
	Defaults bool
	// Once is the variable only fn sets whose test decided a branch:
	// fn runs past it once (Effect.Once).
	Once *ssa.Global
	// unset reports whether a package variable is nil when fn is first
	// called: no initializer, and only fn sets it.
	unset func(*ssa.Global) bool
	// taken maps a block ending in a decided if to the successor it
	// takes.
	taken map[*ssa.BasicBlock]*ssa.BasicBlock
	// live are the blocks that run on some path; nil when no branch is
	// decided and all do.
	live map[*ssa.BasicBlock]bool
}

// FoldBranches decides fn's branches whose condition is constant on
// its first call.
func FoldBranches(fn *ssa.Function, unset func(*ssa.Global) bool, defaults bool) *Folding {
	f := &Folding{unset: unset, Defaults: defaults}
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

// Dead reports whether b runs on no path.
func (f *Folding) Dead(b *ssa.BasicBlock) bool {
	return f.live != nil && !f.live[b]
}

// liveEdge reports whether control can go from p to its successor b.
func (f *Folding) liveEdge(p, b *ssa.BasicBlock) bool {
	if f.Dead(p) {
		return false
	}
	t, decided := f.taken[p]
	return !decided || t == b
}

// maxFold bounds how deep the folding follows operands (phis of loops
// lead back to themselves).
const maxFold = 8

// StringValue returns the string v always is: a constant, a
// concatenation of such, a phi whose live edges agree, or a GODEBUG
// setting's default.
func (f *Folding) StringValue(v ssa.Value, depth int) (string, bool) {
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
			x, ok1 := f.StringValue(v.X, depth+1)
			y, ok2 := f.StringValue(v.Y, depth+1)
			return x + y, ok1 && ok2
		}
	case *ssa.Phi:
		s, found := "", false
		for i, e := range v.Edges {
			if !f.liveEdge(v.Block().Preds[i], v.Block()) {
				continue
			}
			x, ok := f.StringValue(e, depth+1)
			if !ok || found && x != s {
				return "", false
			}
			s, found = x, true
		}
		return s, found
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			if obj, ok := callee.Object().(*types.Func); ok && obj.FullName() == godebugValue && f.Defaults {
				return "", true
			}
		}
	}
	return "", false
}

// boolValue returns the boolean v always is: a comparison of strings
// that StringValue knows, or its negation.
func (f *Folding) boolValue(v ssa.Value, depth int) (bool, bool) {
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
		for _, pair := range [][2]ssa.Value{{v.X, v.Y}, {v.Y, v.X}} {
			if g := f.unsetVar(pair[0]); g != nil && ssavalue.IsNil(pair[1]) {
				f.Once = g
				return v.Op == token.EQL, true
			}
		}
		x, ok1 := f.StringValue(v.X, depth+1)
		y, ok2 := f.StringValue(v.Y, depth+1)
		if !ok1 || !ok2 {
			return false, false
		}
		return (x == y) == (v.Op == token.EQL), true
	}
	return false, false
}

// unsetVar returns the package variable v is the value of, when it is
// nil on the function's first call.
func (f *Folding) unsetVar(v ssa.Value) *ssa.Global {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || f.unset == nil {
		return nil
	}
	if g, ok := load.X.(*ssa.Global); ok && f.unset(g) {
		return g
	}
	return nil
}

// Stores reports whether fn stores the package variable g.
func Stores(fn *ssa.Function, g *ssa.Global) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
				return true
			}
		}
	}
	return false
}

// alwaysRunsFolded is AlwaysRuns for a function with decided branches:
// a live block runs always when, without it, no live block that returns
// is reachable from the entry.
func alwaysRunsFolded(fn *ssa.Function, fold *Folding) map[*ssa.BasicBlock]bool {
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

// AlwaysRuns returns the blocks that run on every path through fn that
// returns: those that dominate each block that returns. A function that
// never returns has only its entry block always run. Branches that fold
// decides take one way only.
func AlwaysRuns(fn *ssa.Function, fold *Folding) map[*ssa.BasicBlock]bool {
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
