// Package onefile parses and type-checks a package made of one source
// file, importing the standard library from export data. The fuzz tests
// use it to turn arbitrary text into the input of the model and the
// analyzers.
package onefile

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
)

// Package is a type-checked one-file package.
type Package struct {
	Fset  *token.FileSet
	File  *ast.File
	Types *types.Package
	Info  *types.Info
	Sizes types.Sizes
}

var imp = importer.Default()

// Check parses src as file p.go of package path and type-checks it. With
// partial, type errors are ignored and what could be checked is
// returned; otherwise they make Check fail. ok is false when src does
// not parse or nothing could be checked.
func Check(path, src string, partial bool) (pkg *Package, ok bool) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, false
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Instances: map[*ast.Ident]types.Instance{}, Implicits: map[ast.Node]types.Object{},
		Scopes: map[ast.Node]*types.Scope{}, FileVersions: map[*ast.File]string{},
	}
	sizes := types.SizesFor("gc", "amd64")
	conf := types.Config{Importer: imp, Sizes: sizes}
	if partial {
		conf.Error = func(error) {}
	}
	tpkg, err := conf.Check(path, fset, []*ast.File{file}, info)
	if tpkg == nil || err != nil && !partial {
		return nil, false
	}
	return &Package{fset, file, tpkg, info, sizes}, true
}
