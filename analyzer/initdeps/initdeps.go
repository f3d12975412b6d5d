package initdeps

import (
	_ "embed"
	"go/token"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/linksym"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports init-time reads of state an unrelated package's init writes.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initdeps", analyzerdoc.MustExtract(doc, "initdeps"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	if pass.Pkg.Name() != "main" {
		return
	}
	r.ShortNames(res)
	rank := map[string]int{}
	for i, p := range res.Order() {
		rank[p] = i
	}
	inits := make([]initeffect.InitEffects, len(res.Program))
	for i, p := range res.Program {
		inits[i] = initeffect.InitEffects{Path: p.Path, Effects: p.Effects}
	}
	overwrites(pass, r, res, inits, rank)
	for _, g := range groupByRead(initeffect.FindShared(inits, rank, res.DependsOn)) {
		reportRead(pass, r, g)
	}
}

// readGroup is one finding: a reader's read of a state, whatever
// unrelated packages write it; the first that runs later decides the
// message (a bug now), else the first.
type readGroup struct {
	shown   initeffect.Shared
	writers []initeffect.Shared
}

// groupByRead makes one group per reader and state, in the order
// FindShared found them.
func groupByRead(shared []initeffect.Shared) []*readGroup {
	var groups []*readGroup
	byRead := map[string]*readGroup{}
	for _, s := range shared {
		key := s.Reader + "\x00" + s.State.String()
		g := byRead[key]
		if g == nil {
			g = &readGroup{shown: s}
			byRead[key] = g
			groups = append(groups, g)
		} else if s.ReaderFirst && !g.shown.ReaderFirst {
			g.shown = s
		}
		g.writers = append(g.writers, s)
	}
	return groups
}

// reportRead reports one group at the reader's read: the message names
// the read; the writes, main's import of the reader and the linker's
// reason are related information.
func reportRead(pass *analysis.Pass, r *report.Reporter, g *readGroup) {
	s := g.shown
	at := report.ImportPos(pass, s.Reader, s.Writer)
	related := relatedImports(pass, at, s.Reader, s.Writer)
	writers := map[string]bool{s.Writer: true}
	for _, w := range g.writers {
		if !writers[w.Writer] {
			writers[w.Writer] = true
			related = append(related, analysis.RelatedInformation{Pos: r.HazardOrImport(w.Write, w.Writer),
				Message: "the init of " + w.Writer + " writes it too (" + report.Chain(w.Write) + ")"})
		}
	}
	first, second := s.Writer, s.Reader
	if s.ReaderFirst {
		first, second = s.Reader, s.Writer
	}
	related = append([]analysis.RelatedInformation{
		{Pos: r.HazardOr(s.Read, at), Message: "the init of " + s.Reader + " reads it: " + report.Chain(s.Read)},
		{Pos: r.HazardOr(s.Write, at), Message: "the init of " + s.Writer + " writes it: " + report.Chain(s.Write)},
		{Pos: at, Message: "the linker orders " + symbols(first, second) + " (sorted, as neither imports the other)"},
	}, related...)
	imported := s.Reader + " is imported here; import " + s.Writer + " from " + s.Reader + " to run its init first"
	if s.ReaderFirst {
		r.AtHazard(s.Read, at, imported, "the init of "+s.Reader+" reads "+s.State.String()+" before the init of "+s.Writer+
			" writes it: the linker runs "+s.Reader+" first (neither imports the other), so it finds it empty", related...)
	} else {
		r.AtHazard(s.Read, at, imported, "the init of "+s.Reader+" reads "+s.State.String()+" after the init of "+s.Writer+
			" writes it only by the linker's order (neither imports the other): a rename or a new import can flip it", related...)
	}
}

// overwrites reports entries that two unrelated packages' inits write,
// where the second write replaces the first: the linker's order decides
// which value stays.
func overwrites(pass *analysis.Pass, r *report.Reporter, res *initfacts.Result, inits []initeffect.InitEffects, rank map[string]int) {
	rule := func(v initeffect.VarKey) string {
		rule, _ := res.Model.Duplicate(v)
		return rule
	}
	skip := func(v initeffect.VarKey) bool {
		return rule(v) != initeffect.DuplicateOverwrite && rule(v) != initeffect.DuplicateFirstWins
	}
	for _, o := range initeffect.Overwrites(inits, rank, res.DependsOn, skip) {
		at := report.ImportPos(pass, o.Second)
		stays, other := o.Second, o.First
		if rule(o.Entry) == initeffect.DuplicateFirstWins {
			stays, other = o.First, o.Second
		}
		r.AtHazard(o.SecondWrite, at, o.Second+" is imported here; import "+other+" from "+stays+" to keep "+stays+"'s value",
			"the inits of "+o.First+" and "+o.Second+" both write "+o.Entry.String()+", and neither imports the other: only the linker's order makes "+stays+"'s value stay",
			analysis.RelatedInformation{Pos: r.HazardOr(o.SecondWrite, at), Message: "the init of " + o.Second + " writes it second: " + report.Chain(o.SecondWrite)},
			analysis.RelatedInformation{Pos: r.HazardOrImport(o.FirstWrite, o.First), Message: "the init of " + o.First + " writes it first: " + report.Chain(o.FirstWrite)},
			analysis.RelatedInformation{Pos: at, Message: "the linker orders " + symbols(o.First, o.Second) + " (sorted, as neither imports the other)"})
	}
}

// symbols shows the linker symbols of two packages' init tasks.
func symbols(a, b string) string {
	return linksym.TaskSymbol(linksym.Prefix(a)) + " before " + linksym.TaskSymbol(linksym.Prefix(b))
}

// relatedImports points at package main's imports of the reader and the
// writer, other than the one the diagnostic is at.
func relatedImports(pass *analysis.Pass, at token.Pos, reader, writer string) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, p := range []struct{ path, role string }{{reader, "the reader"}, {writer, "the writer"}} {
		if pos := report.ImportPos(pass, p.path); pos != pass.Files[0].Package && pos != at {
			out = append(out, analysis.RelatedInformation{Pos: pos, Message: p.role + ", " + p.path + ", is imported here"})
		}
	}
	return out
}
