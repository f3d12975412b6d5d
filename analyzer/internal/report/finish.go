package report

import (
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// Suppressed reports whether an //initvet:ignore directive of the
// package for this analyzer covers pos, and marks it used.
func (r *Reporter) Suppressed(pos token.Pos) bool {
	posn := r.pass.Fset.Position(pos)
	for _, d := range r.ignores {
		if d.Covers(r.pass.Analyzer.Name, posn) {
			r.used[d] = true
			return true
		}
	}
	return false
}

// Finish reports the findings, each group once. Call it when the
// analyzer is done.
func (r *Reporter) Finish() {
	for _, g := range r.order {
		message, related := g.message, g.related
		if n := len(g.also); n > 0 {
			message += "; reached from " + strconv.Itoa(n+1) + " inits"
			for i, pos := range g.also {
				related = append(related, analysis.RelatedInformation{Pos: pos, Message: "also reached from " + g.alsoName[i]})
			}
		}
		r.At(g.pos, message, related...)
	}
}
