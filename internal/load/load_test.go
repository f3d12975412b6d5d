package load_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/load"
	"golang.org/x/tools/go/packages"
)

func TestTrimBodies(t *testing.T) {
	const src = `package p

func init() { a(); b() }

func one() int { return 1 }

func two() int { x := 1; return x }

type T struct{}

func (T) M() { one(); two() }

func (T) N() int { return 2 }

func G[E any](e E) E { var z E; _ = z; return e }

type L[E any] []E

func (l L[E]) Len() int { n := len(l); return n }

func a() {}
func b() {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	load.TrimBodies([]*ast.File{f})
	var kept []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			kept = append(kept, fd.Name.Name)
		}
	}
	want := []string{"init", "one", "N", "G", "Len", "a", "b"}
	if !slices.Equal(kept, want) {
		t.Errorf("kept bodies %v, want %v", kept, want)
	}
}

// module writes a module with a program, a package with a type error, one
// with a syntax error and one importing a missing package.
func module(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":        "module example.com/m\n\ngo 1.22\n",
		"main.go":       "package main\n\nimport (\n\t\"net/http\"\n\t\"fmt\"\n\t_ \"image/png\"\n\t\"example.com/m/bad\"\n)\n\nfunc main() { fmt.Println(http.StatusOK, bad.X) }\n",
		"bad/bad.go":    "package bad\n\nvar X int = \"s\"\n",
		"syn/syn.go":    "package syn\n\nfunc f( {\n",
		"miss/miss.go":  "package miss\n\nimport _ \"example.com/none\"\n",
		"good/good.go":  "package good\n\nimport \"strings\"\n\nvar Upper = strings.ToUpper(\"x\")\n",
		"cyc/a/a.go":    "package a\n\nimport _ \"example.com/m/cyc/b\"\n",
		"cyc/b/b.go":    "package b\n\nimport _ \"example.com/m/cyc/a\"\n",
		"gen/gen.go":    "package gen\n\nfunc Map[E, F any](s []E, f func(E) F) []F { var out []F; for _, e := range s { out = append(out, f(e)) }; return out }\n",
		"usegen/use.go": "package usegen\n\nimport (\n\t\"slices\"\n\t\"example.com/m/gen\"\n)\n\nvar S = gen.Map([]int{1}, func(i int) int { return i })\nvar B = slices.Contains(S, 1)\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// describe lists what a load gives of each package: errors, IllTyped,
// and the type of every package-level object.
func describe(roots []*packages.Package) map[string]string {
	out := map[string]string{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		var b strings.Builder
		fmt.Fprintf(&b, "illTyped=%v\n", p.IllTyped)
		for _, e := range p.Errors {
			// Why an import is broken is worded as each loader sees it.
			msg := e.Msg
			if strings.HasPrefix(msg, "could not import ") {
				msg, _, _ = strings.Cut(msg, " (")
			}
			fmt.Fprintf(&b, "error %s %q %v\n", e.Pos, msg, e.Kind)
		}
		if p.Types != nil {
			for _, name := range p.Types.Scope().Names() {
				fmt.Fprintf(&b, "%s\n", types.ObjectString(p.Types.Scope().Lookup(name), nil))
			}
		}
		out[p.PkgPath] = b.String()
	})
	return out
}

func TestPackagesAsGoPackages(t *testing.T) {
	dir := module(t)
	cfg := &packages.Config{Dir: dir, Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
		packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedSyntax |
		packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedModule}
	want, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	isStd := func(p *packages.Package) bool { return p.Module == nil }
	for _, trim := range []func(*packages.Package) bool{nil, isStd} {
		got, err := load.Packages(cfg, trim, "./...")
		if err != nil {
			t.Fatal(err)
		}
		w, g := describe(want), describe(got)
		if len(w) != len(g) {
			t.Errorf("trim=%v: %d packages, want %d", trim != nil, len(g), len(w))
		}
		for path, d := range w {
			if g[path] != d {
				t.Errorf("trim=%v: package %s:\n%s\nwant:\n%s", trim != nil, path, g[path], d)
			}
		}
		trimmed := 0
		packages.Visit(got, nil, func(p *packages.Package) {
			if p.Fset == nil || p.TypesInfo == nil || p.Syntax == nil && p.PkgPath != "unsafe" && len(p.CompiledGoFiles) > 0 {
				t.Errorf("%s: no syntax or type information", p.PkgPath)
			}
			for _, f := range p.Syntax {
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil && !strings.HasSuffix(p.Fset.File(fd.Pos()).Name(), ".s") && isStd(p) {
						trimmed++
					}
				}
			}
		})
		if trim != nil && trimmed == 0 {
			t.Errorf("no body trimmed")
		}
	}
}
