package initthread

import (
	_ "embed"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer checks thread locks during init and main-thread-only calls.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initthread", analyzerdoc.MustExtract(doc, "initthread"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	if pass.Pkg.Name() != "main" {
		lockedInInit(r, res.Summary)
	} else if !programLocks(res) {
		for _, e := range res.Summary.Main {
			if e.Kind == initeffect.KindMainThread {
				r.Effect(e, pass.Pkg.Scope().Pos(), e.Name+" must run on the main OS thread, but main.main is not locked to it ("+report.Chain(e)+
					"): call runtime.LockOSThread in an init of package main")
			}
		}
	}
	goroutines(r, res.Summary)
}

// lockedInInit reports LockOSThread calls in the inits of a non-main
// package that the same init function or initializer does not undo.
func lockedInInit(r *report.Reporter, sum *summary.Summary) {
	for _, it := range sum.Items {
		if net(it.Effects) <= 0 {
			continue
		}
		for _, e := range it.Effects {
			if e.Kind == initeffect.KindLock {
				r.Effect(e, it.Pos(), "runtime.LockOSThread during init (in "+report.From(e)+
					"): the lock outlives init, so every importing program's main.main runs locked; leave it to main")
			}
		}
	}
}

// net counts unconditional locks minus unconditional unlocks.
func net(effects []initeffect.Effect) int {
	n := 0
	for _, e := range effects {
		switch {
		case e.Conditional:
		case e.Kind == initeffect.KindLock:
			n++
		case e.Kind == initeffect.KindUnlock:
			n--
		}
	}
	return n
}

// programLocks reports whether some init of the program leaves the main
// thread locked, so that main.main runs on it.
func programLocks(res *initfacts.Result) bool {
	for _, p := range res.Program {
		if net(p.Effects) > 0 {
			return true
		}
	}
	return false
}

// goroutines reports go statements whose goroutine calls a
// main-thread-only function.
func goroutines(r *report.Reporter, sum *summary.Summary) {
	var all [][]initeffect.Effect
	for _, it := range sum.Items {
		all = append(all, it.Effects)
	}
	for _, effects := range sum.Funcs {
		all = append(all, effects)
	}
	all = append(all, sum.Main)
	for _, effects := range all {
		for _, e := range effects {
			if e.Kind != initeffect.KindGo {
				continue
			}
			site := e.Chain[len(e.Chain)-1]
			for _, g := range e.Goroutine {
				if g.Kind == initeffect.KindMainThread && site.TokenPos().IsValid() {
					r.At(site.TokenPos(), "goroutine calls "+g.Name+", which must run on the main OS thread ("+report.Chain(g)+
						"): goroutines never run there; call it from a locked main.main")
				}
			}
		}
	}
}
