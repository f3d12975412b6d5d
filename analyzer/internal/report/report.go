// Package report turns init effects into diagnostics: the position of
// the effect's first step in the package under analysis, the chain in
// the message, and each step as a related position.
package report

import (
	"go/token"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

// Reporter reports each diagnostic once, unless an //initvet:ignore
// comment suppresses it.
type Reporter struct {
	pass       *analysis.Pass
	seen       map[string]bool
	directives []*directive
}

// Check is the body of an analyzer: it reports, through r, on a package
// outside the standard library, given the package's init facts.
type Check func(pass *analysis.Pass, res *initfacts.Result, r *Reporter)

// Analyzer returns the analyzer called name. It requires facts, is
// documented at pkg.go.dev under analyzer/name, and runs check on every
// package outside the standard library (the analyzers do not report on
// it), then reports the //initvet:ignore directives that lack a reason or
// suppress nothing.
func Analyzer(name, doc string, facts *analysis.Analyzer, check Check) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      doc,
		URL:      "https://pkg.go.dev/github.com/initvet/initvet/analyzer/" + name,
		Requires: []*analysis.Analyzer{facts},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[facts].(*initfacts.Result)
			r := &Reporter{pass: pass, seen: map[string]bool{}, directives: directives(pass)}
			if res.Summary != nil {
				check(pass, res, r)
			}
			r.Finish()
			return nil, nil
		},
	}
}

// Effect reports message at the first step of e's chain that lies in the
// package under analysis (falling back to at), with the chain's steps as
// related information.
func (r *Reporter) Effect(e initeffect.Effect, at token.Pos, message string) {
	pos := at
	for _, s := range e.Chain {
		if s.TokenPos().IsValid() {
			pos = s.TokenPos()
			break
		}
	}
	var related []analysis.RelatedInformation
	for i, s := range e.Chain {
		if !s.TokenPos().IsValid() || s.TokenPos() == pos {
			continue
		}
		next := e.Name
		if i+1 < len(e.Chain) {
			next = e.Chain[i+1].Func
		}
		related = append(related, analysis.RelatedInformation{Pos: s.TokenPos(), Message: s.Func + " calls " + next})
	}
	r.At(pos, message, related...)
}

// At reports message at pos, once.
func (r *Reporter) At(pos token.Pos, message string, related ...analysis.RelatedInformation) {
	key := r.pass.Fset.Position(pos).String() + message
	if r.seen[key] || r.suppressed(pos) {
		return
	}
	r.seen[key] = true
	r.pass.Report(analysis.Diagnostic{Pos: pos, Message: message, Related: related})
}
