package summary

import (
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
		if s.setters == nil {
			funcs := slices.Collect(maps.Keys(s.nodes))
			if init := s.pkg.Func("init"); init != nil {
				funcs = append(funcs, init)
			}
			var initialized []*ssa.Global
			for _, v := range plainDataVars(s.Info) {
				if g, ok := s.pkg.Members[v.Name()].(*ssa.Global); ok {
					initialized = append(initialized, g)
				}
			}
			s.setters = ssafold.NewSetters(s.pkg, funcs, initialized)
		}
		f = ssafold.FoldBranches(fn, func(g *ssa.Global) bool { return s.setters.OnlySetBy(g, fn) }, defaults)
		s.folds[key] = f
	}
	return f
}

// foldKey identifies a folding in the summarizer's cache.
type foldKey struct {
	fn       *ssa.Function
	defaults bool
}
