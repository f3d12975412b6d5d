package initdup

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports duplicate registrations that panic during init.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initdup", analyzerdoc.MustExtract(doc, "initdup"), facts, run)
}

// registration is a write of a registry entry by a package's init.
type registration struct {
	pkg string
	eff initeffect.Effect
	// guarded marks a registration whose init also reads the registry
	// (sql.Drivers(), flag.Lookup): it registers only what it does not
	// find, and does not panic when it runs second.
	guarded bool
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	inPackage(pass, res, r)
	if pass.Pkg.Name() == "main" {
		r.ShortNames(res)
		inProgram(pass, res, r)
	}
}

// panicking returns the entry e writes, when e writes a constant entry
// of a registry whose second write can panic (Model.SecondWrite says
// when it does).
func panicking(m *initeffect.Model, e initeffect.Effect) (entry initeffect.VarKey, ok bool) {
	if e.Kind != initeffect.KindWrite || e.Var == nil || !e.Var.Registry || e.Var.Key == "" || e.Sync {
		return initeffect.VarKey{}, false
	}
	rule, _ := m.Duplicate(*e.Var)
	return *e.Var, rule == initeffect.DuplicatePanics
}

// inPackage reports an entry that two of the package's initializers and
// init functions write, at the second.
func inPackage(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	first := map[initeffect.VarKey]initeffect.Effect{}
	for _, it := range res.Summary.Items {
		here := map[initeffect.VarKey]bool{}
		for _, e := range it.Effects {
			entry, ok := panicking(res.Model, e)
			if !ok || here[entry] {
				continue
			}
			here[entry] = true
			prev, seen := first[entry]
			if !seen {
				first[entry] = e
				continue
			}
			if initeffect.SameRegistration(prev, e) {
				continue // one registration, which runs once
			}
			panics, msg := res.Model.SecondWrite(prev, e)
			if !panics {
				continue
			}
			r.Effect(e, it.Pos(), message(entry, msg, pass.Pkg.Path(), prev, pass.Pkg.Path(), e, 1),
				analysis.RelatedInformation{Pos: r.HazardOr(prev, it.Pos()), Message: "the first registration: " + report.Chain(prev)})
		}
	}
}

// inProgram reports, in package main, an entry that the inits of two
// packages write: the one that runs second panics.
func inProgram(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	rank := map[string]int{}
	for i, p := range res.Order() {
		rank[p] = i
	}
	byEntry := map[initeffect.VarKey][]registration{}
	var entries []initeffect.VarKey
	for _, p := range res.Program {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		for _, e := range p.Effects {
			entry, ok := panicking(res.Model, e)
			if !ok || slices.ContainsFunc(byEntry[entry], func(g registration) bool { return g.pkg == p.Path }) {
				continue
			}
			if byEntry[entry] == nil {
				entries = append(entries, entry)
			}
			guarded := initeffect.ReadsEntry(p.Effects, entry)
			byEntry[entry] = append(byEntry[entry], registration{p.Path, e, guarded})
		}
	}
	setsBeforeDefinitions(pass, res, r, rank, byEntry)
	muxConflicts(pass, res, r, rank)
	for _, entry := range entries {
		regs := byEntry[entry]
		if len(regs) < 2 {
			continue
		}
		sort.Slice(regs, func(i, j int) bool { return rank[regs[i].pkg] < rank[regs[j].pkg] })
		a := regs[0]
		i := slices.IndexFunc(regs[1:], func(g registration) bool {
			panics, _ := res.Model.SecondWrite(a.eff, g.eff)
			return !g.guarded && panics
		})
		if i < 0 {
			guardedOnly(pass, r, res, entry, regs)
			continue
		}
		b := regs[1+i]
		_, msg := res.Model.SecondWrite(a.eff, b.eff)
		at := report.ImportPos(pass, b.pkg)
		related := []analysis.RelatedInformation{
			{Pos: r.HazardOrImport(a.eff, a.pkg), Message: "the init of " + a.pkg + " registers it first: " + report.Chain(a.eff)},
		}
		for _, c := range regs[2:] {
			related = append(related, analysis.RelatedInformation{Pos: r.HazardOrImport(c.eff, c.pkg),
				Message: "the init of " + c.pkg + " registers it too: " + report.Chain(c.eff)})
		}
		if a.guarded {
			a.eff.Conditional = false // it registers: it runs first
		}
		r.AtHazard(b.eff, at, "the init of "+b.pkg+", imported here, registers it again: "+report.Chain(b.eff),
			message(entry, msg, a.pkg, a.eff, b.pkg, b.eff, len(regs)-1), related...)
	}
}

// guardedOnly reports an entry whose registrations after the first are
// all guarded, so that none panics now, when the first one is not
// guarded and a guarded one runs after it only by the linker's order:
// in the other order, the unguarded one would panic.
func guardedOnly(pass *analysis.Pass, r *report.Reporter, res *initfacts.Result, entry initeffect.VarKey, regs []registration) {
	u := regs[0]
	if u.guarded {
		return
	}
	for _, g := range regs[1:] {
		panics, msg := res.Model.SecondWrite(g.eff, u.eff)
		if !panics || res.DependsOn(g.pkg, u.pkg) || res.DependsOn(u.pkg, g.pkg) {
			continue
		}
		panicMsg := panicWith(msg)
		r.AtHazard(u.eff, report.ImportPos(pass, u.pkg), u.pkg+" is imported here; import "+u.pkg+" from "+g.pkg+" to keep the order",
			fmt.Sprintf("the init of %s registers %s and the init of %s only if missing: the linker runs %s first; the other order panics%s",
				u.pkg, entry, g.pkg, u.pkg, panicMsg),
			analysis.RelatedInformation{Pos: r.HazardOrImport(u.eff, u.pkg), Message: "the init of " + u.pkg + " registers it: " + report.Chain(u.eff)},
			analysis.RelatedInformation{Pos: r.HazardOrImport(g.eff, g.pkg), Message: "the init of " + g.pkg + " registers it if missing: " + report.Chain(g.eff)})
		return
	}
}

// setsBeforeDefinitions reports, in package main, a flag that one
// package's init sets (flag.Set) before another package's init defines
// it: the definition panics. When the definition runs first only by the
// linker's order, the set is fragile.
func setsBeforeDefinitions(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter, rank map[string]int, defs map[initeffect.VarKey][]registration) {
	for _, p := range res.Program {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		for _, e := range p.Effects {
			if e.Kind != initeffect.KindWrite || e.Var == nil || e.Var.Key == "" {
				continue
			}
			defined, format, ok := initeffect.DefinedBy(*e.Var)
			if !ok {
				continue
			}
			defined.Key = e.Var.Key
			for _, d := range defs[defined] {
				if d.pkg == p.Path || res.DependsOn(p.Path, d.pkg) {
					continue
				}
				panicMsg := report.Quote(fmt.Sprintf(format, e.Var.Key, "…"))
				if rank[d.pkg] > rank[p.Path] {
					// The definition panics: it is the hazard.
					r.AtHazard(d.eff, report.ImportPos(pass, d.pkg), d.pkg+" is imported here; import "+d.pkg+" from "+p.Path+" to define it first",
						fmt.Sprintf("the init of %s sets %s before the init of %s defines it: the definition panics with %s before main.main",
							p.Path, e.Var, d.pkg, panicMsg),
						analysis.RelatedInformation{Pos: r.HazardOrImport(d.eff, d.pkg), Message: "the init of " + d.pkg + " defines it: " + report.Chain(d.eff)},
						analysis.RelatedInformation{Pos: r.HazardOrImport(e, p.Path), Message: "the init of " + p.Path + " sets it: " + report.Chain(e)})
				} else {
					// The set works only by the order: it is the hazard.
					r.AtHazard(e, report.ImportPos(pass, p.Path), p.Path+" is imported here; import "+d.pkg+" from "+p.Path+" to keep the order",
						fmt.Sprintf("the init of %s sets %s after the init of %s defines it only by the linker's order: else the definition panics with %s",
							p.Path, e.Var, d.pkg, panicMsg),
						analysis.RelatedInformation{Pos: r.HazardOrImport(e, p.Path), Message: "the init of " + p.Path + " sets it: " + report.Chain(e)},
						analysis.RelatedInformation{Pos: r.HazardOrImport(d.eff, d.pkg), Message: "the init of " + d.pkg + " defines it: " + report.Chain(d.eff)})
				}
			}
		}
	}
}

// message says which registration panics, with what.
func message(entry initeffect.VarKey, panicMsg, firstPkg string, first initeffect.Effect, secondPkg string, second initeffect.Effect, again int) string {
	panics := "panics"
	if first.Conditional || second.Conditional {
		panics = "can panic (on some paths)"
	}
	msg := fmt.Sprintf("the init of %s registers %s after the init of %s did: it %s%s", secondPkg, entry, firstPkg, panics, panicWith(panicMsg))
	if firstPkg == secondPkg {
		msg = fmt.Sprintf("this init registers %s twice: it %s%s", entry, panics, panicWith(panicMsg))
	}
	if again > 1 {
		msg += "; " + strconv.Itoa(again+1) + " packages register it"
	}
	return msg
}

// panicWith renders ` with "MESSAGE"` for a panic's message, or
// nothing when it is not known. The reporter cuts a long message to
// keep the finding short (report.Quote); the run test programs print it
// whole.
func panicWith(msg string) string {
	if msg == "" {
		return ""
	}
	return " with " + report.Quote(msg)
}
