package summary

import (
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"

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

// folding is what a function computes before it depends on its inputs:
// the branches that constants decide, those that test a package
// variable only the function sets (nil on its first call: generated
// protobuf code's "if File_x_proto != nil { return }"), with defaults
// set those that GODEBUG defaults decide, and the blocks that run under
// them.
type folding struct {
	// defaults takes GODEBUG settings to have their default value.
	defaults bool
	// once is the variable only fn sets whose test decided a branch:
	// fn runs past it once (Effect.Once).
	once *ssa.Global
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

// foldBranches decides fn's branches whose condition is constant on
// its first call.
func foldBranches(fn *ssa.Function, unset func(*ssa.Global) bool, defaults bool) *folding {
	f := &folding{unset: unset, defaults: defaults}
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
			if obj, ok := callee.Object().(*types.Func); ok && obj.FullName() == godebugValue && f.defaults {
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
		for _, pair := range [][2]ssa.Value{{v.X, v.Y}, {v.Y, v.X}} {
			if g := f.unsetVar(pair[0]); g != nil && isNil(pair[1]) {
				f.once = g
				return v.Op == token.EQL, true
			}
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

// unsetVar returns the package variable v is the value of, when it is
// nil on the function's first call.
func (f *folding) unsetVar(v ssa.Value) *ssa.Global {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || f.unset == nil {
		return nil
	}
	if g, ok := load.X.(*ssa.Global); ok && f.unset(g) {
		return g
	}
	return nil
}

// isNil reports whether v is the constant nil.
func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// folding returns fn's folding, computed once: with defaults, for the
// values registry entries are named by; without, for what can run.
func (s *summarizer) folding(fn *ssa.Function, defaults bool) *folding {
	if fn == nil {
		return &folding{defaults: defaults}
	}
	key := foldKey{fn, defaults}
	f := s.folds[key]
	if f == nil {
		if s.folds == nil {
			s.folds = map[foldKey]*folding{}
		}
		f = foldBranches(fn, func(g *ssa.Global) bool { return s.onlySetBy(g, fn) }, defaults)
		s.folds[key] = f
	}
	return f
}

// foldKey identifies a folding in the summarizer's cache.
type foldKey struct {
	fn       *ssa.Function
	defaults bool
}

// onlySetBy reports whether fn is the only function of the package
// that stores the package variable g, g has no initializer (the
// package's init function stores none), and its address goes nowhere
// else: g is nil until fn sets it.
func (s *summarizer) onlySetBy(g *ssa.Global, fn *ssa.Function) bool {
	if g.Pkg != s.pkg || !stores(fn, g) {
		return false // most tests of a variable are in functions that do not set it
	}
	if s.setters == nil {
		s.setters = map[*ssa.Global][]*ssa.Function{}
		funcs := slices.Collect(maps.Keys(s.nodes))
		if init := s.pkg.Func("init"); init != nil {
			funcs = append(funcs, init)
		}
		for _, f := range funcs {
			s.noteSetters(f)
		}
	}
	setters := s.setters[g]
	return len(setters) == 1 && setters[0] == fn
}

// stores reports whether fn stores the package variable g.
func stores(fn *ssa.Function, g *ssa.Global) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
				return true
			}
		}
	}
	return false
}

// noteSetters records in s.setters the package variables f stores, and
// a nil setter for those whose address f uses otherwise than to load
// or store them.
func (s *summarizer) noteSetters(f *ssa.Function) {
	var ops []*ssa.Value
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			ops = instr.Operands(ops[:0])
			for i, op := range ops {
				g, ok := (*op).(*ssa.Global)
				if !ok || g.Pkg != s.pkg {
					continue
				}
				setter := (*ssa.Function)(nil)
				switch instr := instr.(type) {
				case *ssa.Store:
					if i == 0 && instr.Addr == g {
						setter = f
					}
				case *ssa.UnOp:
					if instr.Op == token.MUL {
						continue
					}
				}
				if !slices.Contains(s.setters[g], setter) {
					s.setters[g] = append(s.setters[g], setter)
				}
			}
		}
	}
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
