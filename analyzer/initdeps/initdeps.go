package initdeps

import (
	"go/token"
	"strconv"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports init-time reads of state an unrelated package's init writes.
var Analyzer = &analysis.Analyzer{
	Name:     "initdeps",
	Doc:      "report init-time reads of state that an unrelated package's init writes",
	URL:      "https://pkg.go.dev/github.com/initvet/initvet/analyzer/initdeps",
	Requires: []*analysis.Analyzer{initfacts.Analyzer},
	Run:      run,
}

// access is a read or write of shared state by a package's init.
type access struct {
	pkg string
	eff inittask.Effect
}

func run(pass *analysis.Pass) (any, error) {
	res, r, ok := report.Start(pass)
	if !ok || pass.Pkg.Name() != "main" {
		return nil, nil
	}
	rank := map[string]int{}
	for i, p := range res.Order(pass.Pkg.Path(), inittask.ModeExe) {
		rank[p] = i
	}
	readers, writers := map[inittask.VarKey][]access{}, map[inittask.VarKey][]access{}
	var keys []inittask.VarKey
	for _, p := range res.Program {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		for _, e := range p.Effects {
			if e.Var == nil || e.Sync || e.Kind != inittask.KindRead && e.Kind != inittask.KindWrite {
				continue
			}
			if readers[*e.Var] == nil && writers[*e.Var] == nil {
				keys = append(keys, *e.Var)
			}
			if e.Kind == inittask.KindRead {
				readers[*e.Var] = append(readers[*e.Var], access{p.Path, e})
			} else {
				writers[*e.Var] = append(writers[*e.Var], access{p.Path, e})
			}
		}
	}
	writes := map[string]map[inittask.VarKey]bool{}
	for key, ws := range writers {
		for _, w := range ws {
			if writes[w.pkg] == nil {
				writes[w.pkg] = map[inittask.VarKey]bool{}
			}
			writes[w.pkg][key] = true
		}
	}
	for _, key := range keys {
		for _, rd := range readers[key] {
			if writes[rd.pkg][key] {
				continue // the reader fills the state itself: a cache, or registration with its own default
			}
			for _, wr := range writers[key] {
				if rd.pkg == wr.pkg || res.DependsOn(rd.pkg, wr.pkg) || res.DependsOn(wr.pkg, rd.pkg) {
					continue
				}
				head := "the init of " + rd.pkg + " reads " + key.String() + " (" + rd.eff.ChainString() + ") "
				if rank[rd.pkg] < rank[wr.pkg] {
					r.At(importPos(pass, rd.pkg, wr.pkg), head+"before the init of "+wr.pkg+" writes it ("+wr.eff.ChainString()+
						"): neither imports the other and the linker runs "+rd.pkg+" first ("+symbols(rd.pkg, wr.pkg)+
						"), so it finds the state empty; import "+wr.pkg+" from "+rd.pkg+" to order them")
				} else {
					r.At(importPos(pass, rd.pkg, wr.pkg), head+"after the init of "+wr.pkg+" writes it ("+wr.eff.ChainString()+
						") only by the linker's order ("+symbols(wr.pkg, rd.pkg)+"): neither imports the other, so a rename or a new import can flip it; import "+
						wr.pkg+" from "+rd.pkg+" to order them")
				}
			}
		}
	}
	return nil, nil
}

// symbols shows the linker symbols of two packages' init tasks.
func symbols(a, b string) string {
	return inittask.TaskSymbol(a) + " vs " + inittask.TaskSymbol(b)
}

// importPos returns the position of package main's import of one of the
// packages, or of its package clause.
func importPos(pass *analysis.Pass, paths ...string) token.Pos {
	for _, path := range paths {
		for _, f := range pass.Files {
			for _, imp := range f.Imports {
				if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == path {
					return imp.Pos()
				}
			}
		}
	}
	return pass.Files[0].Package
}
