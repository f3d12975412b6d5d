package initexit

import (
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports exits and runtime.Goexit reachable during init.
var Analyzer = report.Analyzer("initexit", "report os.Exit, log.Fatal and runtime.Goexit reachable during init", run)

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			when := "during init of " + pass.Pkg.Path() + " (" + e.ChainString() + ")"
			if e.Conditional {
				when = "can run during init of " + pass.Pkg.Path() + " (" + e.ChainString() + ", on some paths)"
			}
			switch e.Kind {
			case inittask.KindExit:
				r.Effect(e, it.Pos(), e.Name+" "+when+
					": the process exits before main.main; packages initialized later never are, and deferred functions do not run")
			case inittask.KindGoexit:
				r.Effect(e, it.Pos(), "runtime.Goexit "+when+
					": the main goroutine stops, the remaining inits and main.main never run, and the program dies with \"no goroutines (main called runtime.Goexit) - deadlock!\"")
			}
		}
	}
}
