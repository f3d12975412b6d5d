package initignore

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/initvet/initvet/analyzer/initblock"
	"github.com/initvet/initvet/analyzer/initdeps"
	"github.com/initvet/initvet/analyzer/initdup"
	"github.com/initvet/initvet/analyzer/initexit"
	"github.com/initvet/initvet/analyzer/initflag"
	"github.com/initvet/initvet/analyzer/initgo"
	"github.com/initvet/initvet/analyzer/initorder"
	"github.com/initvet/initvet/analyzer/initthread"
	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/ignore"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/mainentry"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports the directives of the default analyzers.
var Analyzer = New(initfacts.Analyzer, []*analysis.Analyzer{
	initblock.Analyzer, initdeps.Analyzer, initdup.Analyzer, initexit.Analyzer, initflag.Analyzer,
	initgo.Analyzer, initorder.Analyzer, initthread.Analyzer, mainentry.Analyzer,
})

// New returns the analyzer that judges the directives of a package
// after checks (analyzers made with facts, which return the directives
// they used) have run on it.
func New(facts *analysis.Analyzer, checks []*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "initignore",
		Doc:      analyzerdoc.MustExtract(doc, "initignore"),
		URL:      "https://pkg.go.dev/github.com/initvet/initvet/analyzer/initignore",
		Requires: append([]*analysis.Analyzer{facts}, checks...),
		Run: func(pass *analysis.Pass) (any, error) {
			run(pass, pass.ResultOf[facts].(*initfacts.Result), checks)
			return nil, nil
		},
	}
}

func run(pass *analysis.Pass, res *initfacts.Result, checks []*analysis.Analyzer) {
	used := ignore.Used{}
	var known []string
	for _, c := range checks {
		known = append(known, c.Name)
		for d := range pass.ResultOf[c].(ignore.Used) {
			used[d] = true
		}
	}
	for _, d := range res.Ignores {
		names := strings.Join(d.Analyzers, ",")
		var unknown []string
		for _, a := range d.Analyzers {
			if !slices.Contains(known, a) {
				unknown = append(unknown, a)
			}
		}
		switch {
		case len(d.Analyzers) == 0:
			pass.Reportf(d.Pos, "//initvet:ignore names no analyzer: write //initvet:ignore ANALYZER[,ANALYZER] reason")
		case len(unknown) > 0:
			pass.Reportf(d.Pos, "//initvet:ignore names %s, which initvet does not have: its analyzers are %s", strings.Join(unknown, ", "), strings.Join(known, ", "))
		case d.Reason == "":
			pass.Reportf(d.Pos, "//initvet:ignore %s needs a reason after the analyzer names", names)
		case !used[d]:
			pass.Reportf(d.Pos, "//initvet:ignore %s suppresses nothing here: remove it", names)
		}
	}
}
