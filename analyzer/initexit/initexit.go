package initexit

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

// Analyzer reports exits and runtime.Goexit reachable during init.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initexit", analyzerdoc.MustExtract(doc, "initexit"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			when := "during init (in " + report.From(e) + ")"
			if e.Conditional {
				when = "can run during init (in " + report.From(e) + ", on some paths)"
			}
			switch e.Kind {
			case initeffect.KindExit:
				r.Effect(e, it.Pos(), e.Name+" "+when+
					": the process exits before main.main and later inits")
			case initeffect.KindGoexit:
				r.Effect(e, it.Pos(), "runtime.Goexit "+when+
					": init stops and the program dies with \"no goroutines (main called runtime.Goexit) - deadlock!\"")
			}
		}
	}
}
