// Package ignore reads initvet's suppression comments:
//
//	//initvet:ignore initexit,initblock the reason
//
// on the line of a finding or the line above it. The facts analyzer
// parses a package's comments once; each analyzer skips the findings a
// directive naming it covers and returns the directives it used; the
// initignore analyzer then reports the directives that are malformed or
// suppress nothing.
package ignore

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// prefix starts a suppression comment.
const prefix = "//initvet:ignore"

// Directive is one suppression comment.
type Directive struct {
	Pos       token.Pos
	File      string
	Line      int
	Analyzers []string // the analyzers it names
	Reason    string   // the text after the names
}

// Used holds the directives an analyzer used on a package: its result.
type Used map[*Directive]bool

// Parse finds the suppression comments of a package's files.
func Parse(fset *token.FileSet, files []*ast.File) []*Directive {
	var out []*Directive
	for _, f := range files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				rest, ok := strings.CutPrefix(c.Text, prefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				posn := fset.Position(c.Pos())
				d := &Directive{Pos: c.Pos(), File: posn.Filename, Line: posn.Line}
				if fields := strings.Fields(rest); len(fields) > 0 {
					d.Analyzers = strings.Split(fields[0], ",")
					d.Reason = strings.Join(fields[1:], " ")
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// Covers reports whether the directive suppresses analyzer's findings
// at posn: it names the analyzer and is on posn's line or the line
// above.
func (d *Directive) Covers(analyzer string, posn token.Position) bool {
	return d.At(posn) && slices.Contains(d.Analyzers, analyzer)
}

// At reports whether the directive is on posn's line or the line above:
// whether it suppresses the findings at posn of the analyzers it names.
func (d *Directive) At(posn token.Position) bool {
	return d.File == posn.Filename && (d.Line == posn.Line || d.Line == posn.Line-1)
}
