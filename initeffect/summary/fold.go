package summary

import (
	"go/token"
	"maps"
	"slices"

	"github.com/initvet/initvet/internal/ssafold"
	"golang.org/x/tools/go/ssa"
)

// folding returns fn's folding, computed once: with defaults, for the
// values registry entries are named by; without, for what can run.
func (s *summarizer) folding(fn *ssa.Function, defaults bool) *ssafold.Folding {
	if fn == nil {
		return &ssafold.Folding{Defaults: defaults}
	}
	key := foldKey{fn, defaults}
	f := s.folds[key]
	if f == nil {
		if s.folds == nil {
			s.folds = map[foldKey]*ssafold.Folding{}
		}
		f = ssafold.FoldBranches(fn, func(g *ssa.Global) bool { return s.onlySetBy(g, fn) }, defaults)
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
	if g.Pkg != s.pkg || !ssafold.Stores(fn, g) {
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
