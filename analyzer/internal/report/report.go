// Package report turns init effects into diagnostics: the position of
// the effect's first step in the package under analysis, the chain in
// the message, and each step as a related position.
package report

import (
	"go/token"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
)

// Reporter reports each diagnostic once, unless an //initvet:ignore
// comment suppresses it.
type Reporter struct {
	pass       *analysis.Pass
	seen       map[string]bool
	directives []*directive
}

// Start returns the init facts of the package under analysis and a
// reporter; ok is false for standard library packages, which the
// analyzers do not report on.
func Start(pass *analysis.Pass) (res *initfacts.Result, r *Reporter, ok bool) {
	res = pass.ResultOf[initfacts.Analyzer].(*initfacts.Result)
	return res, New(pass), res.Summary != nil
}

// New returns a reporter for pass.
func New(pass *analysis.Pass) *Reporter {
	return &Reporter{pass: pass, seen: map[string]bool{}, directives: directives(pass)}
}

// Effect reports message at the first step of e's chain that lies in the
// package under analysis (falling back to at), with the chain's steps as
// related information.
func (r *Reporter) Effect(e inittask.Effect, at token.Pos, message string) {
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
