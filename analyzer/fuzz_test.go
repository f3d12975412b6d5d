package analyzer_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"testing"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/internal/onefile"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// FuzzAnalyzers runs every analyzer on arbitrary well-typed one-file
// packages, as go vet would with no facts from the dependencies: no
// input may make one panic or fail. Run it with
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzers
func FuzzAnalyzers(f *testing.F) {
	seeds, _ := filepath.Glob("*/testdata/src/example.com/*/*.go")
	more, _ := filepath.Glob("../testdata/oracle/static/*/p.go")
	for _, name := range append(seeds, more...) {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Drivers do not run the analyzers on ill-typed packages.
		p, ok := onefile.Check("example.com/p", src, false)
		if !ok {
			return
		}
		lp := &packages.Package{
			ID: p.Types.Path(), PkgPath: p.Types.Path(), Name: p.Types.Name(),
			GoFiles: []string{"p.go"}, CompiledGoFiles: []string{"p.go"},
			Fset: p.Fset, Syntax: []*ast.File{p.File}, Types: p.Types, TypesInfo: p.Info, TypesSizes: p.Sizes,
			Imports: map[string]*packages.Package{},
		}
		graph, err := checker.Analyze(analyzer.All(), []*packages.Package{lp}, &checker.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				t.Fatalf("%s: %v", act.Analyzer.Name, act.Err)
			}
		}
	})
}
