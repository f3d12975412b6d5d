package report

import (
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a suppression comment:
//
//	//initvet:ignore initexit,initblock the reason
//
// on the line of a finding or the line above it.
const ignorePrefix = "//initvet:ignore"

// directive is one suppression comment.
type directive struct {
	pos       token.Pos
	file      string
	line      int
	analyzers []string
	reason    string
	used      bool
}

// names reports whether the directive names the analyzer.
func (d *directive) names(analyzer string) bool {
	for _, a := range d.analyzers {
		if a == analyzer {
			return true
		}
	}
	return false
}

// directives finds the suppression comments of the package's files.
func directives(pass *analysis.Pass) []*directive {
	var out []*directive
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				fields := strings.Fields(rest)
				d := &directive{pos: c.Pos()}
				posn := pass.Fset.Position(c.Pos())
				d.file, d.line = posn.Filename, posn.Line
				if len(fields) > 0 {
					d.analyzers = strings.Split(fields[0], ",")
					d.reason = strings.Join(fields[1:], " ")
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// suppressed reports whether a directive for this analyzer covers pos,
// and marks it used.
func (r *Reporter) suppressed(pos token.Pos) bool {
	posn := r.pass.Fset.Position(pos)
	for _, d := range r.directives {
		if d.file == posn.Filename && (d.line == posn.Line || d.line == posn.Line-1) && d.names(r.pass.Analyzer.Name) {
			d.used = true
			return true
		}
	}
	return false
}

// Finish reports the directives of this analyzer that lack a reason or
// suppress nothing. Call it when the analyzer is done.
func (r *Reporter) Finish() {
	for _, g := range r.order {
		message, related := g.message, g.related
		if n := len(g.also); n > 0 {
			message += "; reached from " + strconv.Itoa(n+1) + " initializers and init functions"
			for i, pos := range g.also {
				related = append(related, analysis.RelatedInformation{Pos: pos, Message: "also reached from " + g.alsoName[i]})
			}
		}
		r.At(g.pos, message, related...)
	}
	name := r.pass.Analyzer.Name
	for _, d := range r.directives {
		switch {
		case len(d.analyzers) == 0:
			if name == firstAnalyzer {
				r.pass.Report(analysis.Diagnostic{Pos: d.pos, Message: "//initvet:ignore names no analyzer: write //initvet:ignore ANALYZER[,ANALYZER] reason"})
			}
		case !d.names(name):
		case d.reason == "" && d.analyzers[0] == name:
			r.pass.Report(analysis.Diagnostic{Pos: d.pos, Message: "//initvet:ignore " + strings.Join(d.analyzers, ",") + " needs a reason after the analyzer names"})
		case !d.used:
			r.pass.Report(analysis.Diagnostic{Pos: d.pos, Message: "//initvet:ignore for " + name + " suppresses nothing here: remove it"})
		}
	}
}

// firstAnalyzer reports directives that name no analyzer, so that one
// analyzer, not all, does.
const firstAnalyzer = "initblock"
