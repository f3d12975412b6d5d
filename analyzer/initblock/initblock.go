package initblock

import (
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports init code that blocks forever.
var Analyzer = &analysis.Analyzer{
	Name:     "initblock",
	Doc:      "report init code that blocks forever or until main runs",
	URL:      "https://pkg.go.dev/github.com/initvet/initvet/analyzer/initblock",
	Requires: []*analysis.Analyzer{initfacts.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res, r, ok := report.Start(pass)
	defer r.Finish()
	if !ok {
		return nil, nil
	}
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			if e.Kind == inittask.KindBlock {
				r.Effect(e, it.Pos(), "init of "+pass.Pkg.Path()+" blocks forever ("+e.ChainString()+
					"): inits run one at a time before main.main, so the program hangs before main")
			}
		}
	}
	return nil, nil
}
