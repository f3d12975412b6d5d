package initflag

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

// Analyzer reports flag parsing and flag reads during init.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initflag", analyzerdoc.MustExtract(doc, "initflag"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	parsed := false
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			switch e.Kind {
			case initeffect.KindFlagParse:
				parsed = parsed || !e.Conditional
				r.Effect(e, it.Pos(), e.Name+" during init (in "+report.From(e)+
					"): later packages' flags are not defined yet (\"flag provided but not defined\"); parse in main")
			case initeffect.KindFlagRead:
				if !parsed {
					r.Effect(e, it.Pos(), "flag "+e.Name+" is read during init (in "+report.From(e)+
						"): flags are parsed in main, so init sees the default value")
				}
			}
		}
	}
}
