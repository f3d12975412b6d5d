package analyzer_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"github.com/initvet/initvet/analyzer"
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
	imp := importer.Default()
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return
		}
		info := &types.Info{
			Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
			Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
			Instances: map[*ast.Ident]types.Instance{}, Implicits: map[ast.Node]types.Object{},
			Scopes: map[ast.Node]*types.Scope{}, FileVersions: map[*ast.File]string{},
		}
		sizes := types.SizesFor("gc", "amd64")
		conf := types.Config{Importer: imp, Sizes: sizes}
		pkg, err := conf.Check("example.com/"+file.Name.Name, fset, []*ast.File{file}, info)
		if err != nil {
			return // drivers do not run the analyzers on ill-typed packages
		}
		lp := &packages.Package{
			ID: pkg.Path(), PkgPath: pkg.Path(), Name: pkg.Name(),
			GoFiles: []string{"p.go"}, CompiledGoFiles: []string{"p.go"},
			Fset: fset, Syntax: []*ast.File{file}, Types: pkg, TypesInfo: info, TypesSizes: sizes,
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
