package initexit

import (
	_ "embed"
	"slices"
	"strconv"

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
			if e.Kind != initeffect.KindExit && e.Kind != initeffect.KindGoexit {
				continue
			}
			pos, _, own := r.Where(e, it.Pos())
			if own {
				r.Effect(e, it.Pos(), message(e, report.From(e), ""))
			} else {
				// Package main reports it (see shared); a directive
				// here suppresses this package's part of it.
				r.Suppressed(pos)
			}
		}
	}
	if pass.Pkg.Name() == "main" {
		shared(pass, res, r)
	}
}

// message says what e does during init, reached through from (its
// chain written for the message), and what more adds.
func message(e initeffect.Effect, from, more string) string {
	when := "during init (in " + from + ")"
	if e.Conditional {
		when = "can run during init (in " + from + ", on some paths)"
	}
	if e.Kind == initeffect.KindGoexit {
		return "runtime.Goexit " + when + ": init stops and the program dies with \"no goroutines (main called runtime.Goexit) - deadlock!\"" + more
	}
	return e.Name + " " + when + ": the process exits before main.main and later inits" + more
}

// reach is a package whose inits reach an exit in other code.
type reach struct {
	pkg  string
	exit initfacts.Exit
}

// shared reports, in package main, each exit in some package's code
// that the inits of other packages reach, once: at the call that leaves
// the code of the first of those packages to run among those of the
// build's main modules (the code the program's authors own; see
// initfacts.PackageInit.MainModule), with every package and entry that
// reaches it as related positions. An exit that only packages of
// dependency modules reach is theirs to report; the program's authors
// cannot act on it.
func shared(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	var groups [][]reach
	byKey := map[string]int{} // index in groups
	for _, path := range res.Order() {
		for _, x := range res.Init(path).Exits {
			if slices.Contains(x.Ignored, pass.Analyzer.Name) {
				continue
			}
			key := initfacts.OutsideKey(x.Effect)
			i, ok := byKey[key]
			if !ok {
				i, byKey[key] = len(groups), len(groups)
				groups = append(groups, nil)
			}
			groups[i] = append(groups[i], reach{path, x})
		}
	}
	for _, g := range groups {
		i := slices.IndexFunc(g, func(c reach) bool { return res.Init(c.pkg).MainModule })
		if i < 0 {
			continue
		}
		first := g[i]
		at := r.Locate(first.exit.Leave)
		related := r.Steps(first.exit.Effect, at)
		if exit := first.exit.Effect.Chain[len(first.exit.Effect.Chain)-1]; exit.Pos != "" {
			related = append(related, analysis.RelatedInformation{Pos: r.Locate(exit.Pos), Message: "the exit, in " + exit.Func})
		}
		inits := 0
		for _, c := range g {
			if c.pkg != first.pkg {
				related = append(related, analysis.RelatedInformation{Pos: r.Locate(c.exit.Leave), Message: "the init of " + c.pkg + " reaches it too: " + report.Chain(c.exit.Effect)})
			}
			for _, s := range c.exit.Entries[1:] { // the first is the chain's
				related = append(related, analysis.RelatedInformation{Pos: r.Locate(s.Pos), Message: "also reached from " + s.Func})
			}
			inits += len(c.exit.Entries)
		}
		more := ""
		if len(g) > 1 {
			more = "; reached from " + strconv.Itoa(inits) + " inits in " + strconv.Itoa(len(g)) + " packages"
		} else if inits > 1 {
			more = "; reached from " + strconv.Itoa(inits) + " inits"
		}
		r.At(at, message(first.exit.Effect, report.From(first.exit.Effect), more), related...)
	}
}
