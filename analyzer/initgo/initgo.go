package initgo

import (
	_ "embed"
	"go/token"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports goroutines started in init that race with later code.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initgo", analyzerdoc.MustExtract(doc, "initgo"), facts, run)
}

// started is a goroutine started during some package's init.
type started struct {
	pkg string
	eff initeffect.Effect
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	self := pass.Pkg.Path()
	r.ShortNames(res)

	// The rest of this package's init after each go statement.
	for i, it := range res.Summary.Items {
		for _, g := range it.Effects {
			if g.Kind != initeffect.KindGo || g.ThenExits {
				continue
			}
			goPos := g.LastPos()
			var later []initeffect.Effect
			for _, e := range it.Effects {
				if e.FirstPos() > goPos {
					later = append(later, e)
				}
			}
			for _, next := range res.Summary.Items[i+1:] {
				later = append(later, next.Effects...)
			}
			if a, b, ok := conflict(g, later); ok {
				r.Effect(g, it.Pos(), message(self, g, a, b, "the rest of its init"), sides(r, g, a, b, it.Pos())[1:]...)
			}
		}
	}

	// Goroutines started by the inits of the packages this one imports:
	// this package's init runs after them.
	var deps []started
	for _, p := range res.Program {
		if p.Path == self {
			continue
		}
		for _, g := range p.Effects {
			if g.Kind == initeffect.KindGo && !g.ThenExits {
				deps = append(deps, started{p.Path, g})
			}
		}
	}
	for _, it := range res.Summary.Items {
		for _, s := range deps {
			if a, b, ok := conflict(s.eff, it.Effects); ok {
				r.Effect(b, it.Pos(), message(s.pkg, s.eff, a, b, "the init of "+self), sides(r, s.eff, a, b, report.ImportPos(pass, s.pkg))[:2]...)
			}
		}
	}
	if pass.Pkg.Name() == "main" {
		for _, s := range deps {
			if a, b, ok := conflict(s.eff, res.Summary.Main); ok {
				r.Effect(b, pass.Files[0].Package, message(s.pkg, s.eff, a, b, "main.main"), sides(r, s.eff, a, b, report.ImportPos(pass, s.pkg))[:2]...)
			}
		}
		laterUnrelated(pass, r, res, deps)
	}
}

// laterUnrelated reports, in package main, races between a goroutine
// started in one package's init and the init of a package that does not
// import it but runs later in this program's schedule (packages that
// import it report the race themselves).
func laterUnrelated(pass *analysis.Pass, r *report.Reporter, res *initfacts.Result, deps []started) {
	order := res.Order()
	rank := map[string]int{}
	for i, p := range order {
		rank[p] = i
	}
	for _, s := range deps {
		for _, p := range res.Program {
			q, ok := rank[p.Path]
			if !ok || q <= rank[s.pkg] || p.Path == pass.Pkg.Path() || res.DependsOn(p.Path, s.pkg) {
				continue
			}
			if a, b, ok := conflict(s.eff, p.Effects); ok {
				r.AtHazard(b, report.ImportPos(pass, p.Path), p.Path+" is imported here", message(s.pkg, s.eff, a, b, "the init of "+p.Path+
					" (later only by the linker's order)"), sides(r, s.eff, a, b, report.ImportPos(pass, s.pkg))...)
			}
		}
	}
}

// conflict finds a goroutine access a and a later access b of the same
// variable, one of them a write, neither synchronized. Entries of a map
// variable race whatever their keys: they share the map's memory.
func conflict(g initeffect.Effect, later []initeffect.Effect) (a, b initeffect.Effect, ok bool) {
	for _, a := range g.Goroutine {
		if a.Sync || a.Var == nil {
			continue
		}
		for _, b := range later {
			if b.Sync || b.Var == nil || b.Var.State() != a.Var.State() {
				continue
			}
			if a.Kind == initeffect.KindWrite || b.Kind == initeffect.KindWrite {
				return a, b, true
			}
		}
	}
	return a, b, false
}

func message(pkg string, g, a, b initeffect.Effect, where string) string {
	return "goroutine started during init of " + pkg + " (" + g.Name + ") " + verb[a.Kind] + " " + a.Name +
		" while " + where + " " + verb[b.Kind] + " it, without synchronization: a data race"
}

// verb says what an access does.
var verb = map[initeffect.Kind]string{initeffect.KindRead: "reads", initeffect.KindWrite: "writes"}

// sides returns the related positions of a race: the go statement, the
// goroutine's access and the other one, each with its chain (at
// fallback when the chain has no position). A finding at one of them
// leaves it out.
func sides(r *report.Reporter, g, a, b initeffect.Effect, fallback token.Pos) []analysis.RelatedInformation {
	return []analysis.RelatedInformation{
		{Pos: r.HazardOr(g, fallback), Message: "the goroutine starts here: " + report.Chain(g)},
		{Pos: r.HazardOr(a, r.HazardOr(g, fallback)), Message: "it " + verb[a.Kind] + " " + a.Name + ": " + report.Chain(a)},
		{Pos: r.HazardOr(b, fallback), Message: verb[b.Kind] + " " + b.Name + " here: " + report.Chain(b)},
	}
}
