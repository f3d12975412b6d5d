package initblock

import (
	_ "embed"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports init code that blocks forever.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initblock", analyzerdoc.MustExtract(doc, "initblock"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			if e.Kind == initeffect.KindBlock {
				r.Effect(e, it.Pos(), "init of "+pass.Pkg.Path()+" blocks forever ("+report.Chain(e)+
					"): inits run one at a time, so the program hangs before main.main")
			}
		}
	}
}
