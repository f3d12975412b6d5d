// Package load loads a program's packages with the syntax and types of
// every one, as go/packages does in inittask.LoadMode, except that the
// caller may have a package's function bodies that its own
// initialization cannot reach left out before it is type-checked (see
// TrimBodies). Type-checking those bodies is most of the cost of loading
// a program's standard library, of which the model reads only what init
// runs.
package load

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// metadataMode is what the go command tells of each package.
const metadataMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypesSizes | packages.NeedModule

// Packages loads the packages matched by patterns and their
// dependencies, as packages.Load does with cfg in inittask.LoadMode
// (cfg.Mode and cfg.Overlay are not read): the same packages, errors and IllTyped, with
// syntax and types (only the reason an import is broken is worded
// differently). A dependency (not a package patterns match) for
// which trim, if not nil, returns true once its files are parsed has its
// function bodies trimmed (see TrimBodies) before it is type-checked.
func Packages(cfg *packages.Config, trim func(*packages.Package) bool, patterns ...string) ([]*packages.Package, error) {
	roots, err := Metadata(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	Syntax(roots, trim)
	return roots, nil
}

// Metadata returns the packages matched by patterns with what the go
// command tells of them and their dependencies (their files and
// imports), to be given syntax and types by Syntax.
func Metadata(cfg *packages.Config, patterns ...string) ([]*packages.Package, error) {
	meta := *cfg
	meta.Mode = metadataMode
	return packages.Load(&meta, patterns...)
}

// Syntax parses and type-checks the packages Metadata returned, roots,
// and their dependencies, as Packages does.
func Syntax(roots []*packages.Package, trim func(*packages.Package) bool) {
	l := &loader{fset: token.NewFileSet(), trim: trim, cpu: make(chan struct{}, runtime.GOMAXPROCS(0)), done: map[*packages.Package]chan struct{}{}, roots: map[*packages.Package]bool{}}
	for _, p := range roots {
		l.roots[p] = true
	}
	var all []*packages.Package
	packages.Visit(roots, nil, func(p *packages.Package) {
		all = append(all, p)
		l.done[p] = make(chan struct{})
	})
	var wg sync.WaitGroup
	for _, p := range all {
		wg.Go(func() { l.load(p) })
	}
	wg.Wait()
}

type loader struct {
	fset *token.FileSet
	trim func(*packages.Package) bool
	cpu  chan struct{} // a token per CPU: parsing and type-checking use one
	done map[*packages.Package]chan struct{}
	// roots are the packages patterns match, never trimmed.
	roots map[*packages.Package]bool
}

// load parses p, waits for its imports and type-checks it.
func (l *loader) load(p *packages.Package) {
	defer close(l.done[p])
	p.Fset = l.fset
	if p.PkgPath == "unsafe" {
		p.Types, p.Syntax, p.TypesInfo = types.Unsafe, []*ast.File{}, sizedInfo(l.fset, nil, false)
		return
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	p.Syntax = l.parse(p)
	trimmed := l.trim != nil && !l.roots[p] && l.trim(p)
	if trimmed {
		TrimBodies(p.Syntax)
	}
	p.TypesInfo = sizedInfo(l.fset, p.Syntax, trimmed)
	for _, imp := range p.Imports {
		<-l.done[imp]
	}
	l.check(p, trimmed)
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

// parse parses p's files, as go/packages does (with comments), and
// records the errors.
func (l *loader) parse(p *packages.Package) []*ast.File {
	files := make([]*ast.File, len(p.CompiledGoFiles))
	errs := make([]error, len(p.CompiledGoFiles))
	var wg sync.WaitGroup
	for i, name := range p.CompiledGoFiles {
		wg.Go(func() {
			src, err := os.ReadFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			l.cpu <- struct{}{}
			files[i], errs[i] = parser.ParseFile(l.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
			<-l.cpu
		})
	}
	wg.Wait()
	var parsed []*ast.File
	for i, f := range files {
		if f != nil {
			parsed = append(parsed, f)
		}
		if errs[i] != nil {
			addError(p, errs[i])
		}
	}
	return parsed
}

// check type-checks p, whose imports are checked. In a trimmed
// package, soft errors (imports only removed bodies used) are not
// errors of the package.
func (l *loader) check(p *packages.Package, trimmed bool) {
	conf := &types.Config{
		Importer: importer(p),
		Error: func(err error) {
			if terr, ok := err.(types.Error); !ok || !trimmed || !terr.Soft {
				addError(p, err)
			}
		},
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	l.cpu <- struct{}{}
	err := types.NewChecker(conf, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	<-l.cpu
	if terr, ok := err.(types.Error); err != nil && len(p.Errors) == 0 && (!ok || !trimmed || !terr.Soft) {
		addError(p, err)
	}
}

// importer resolves p's imports to their checked packages.
func importer(p *packages.Package) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		imp := p.Imports[path]
		if imp == nil {
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		if imp.Types == nil || !imp.Types.Complete() {
			return nil, fmt.Errorf("%s has no complete types", path)
		}
		return imp.Types, nil
	})
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// addError records a parse or type error in p as go/packages does.
func addError(p *packages.Package, err error) {
	var list scanner.ErrorList
	var terr types.Error
	var perr *os.PathError
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	case errors.As(err, &terr):
		p.TypeErrors = append(p.TypeErrors, terr)
		p.Errors = append(p.Errors, packages.Error{Pos: terr.Fset.Position(terr.Pos).String(), Msg: terr.Msg, Kind: packages.TypeError})
	case errors.As(err, &perr):
		p.Errors = append(p.Errors, packages.Error{Pos: perr.Path + ":1", Msg: perr.Err.Error(), Kind: packages.ParseError})
	default:
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: strings.TrimSpace(err.Error()), Kind: packages.UnknownError})
	}
}

// sizedInfo returns the type information go/packages records, its
// largest maps made for the entries that files are expected to record
// (see infoDensity), so that type-checking does not grow them step by
// step: on golangci-lint, growing them took a fifth of the
// type-checking time.
func sizedInfo(fset *token.FileSet, files []*ast.File, trimmed bool) *types.Info {
	var size int
	for _, f := range files {
		size += fset.File(f.Pos()).Size()
	}
	d := fullDensity
	if trimmed {
		d = trimmedDensity
	}
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue, size/d.types),
		Defs:         make(map[*ast.Ident]types.Object, size/d.defs),
		Uses:         make(map[*ast.Ident]types.Object, size/d.uses),
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}

// infoDensity is how many bytes of source there are per entry of the
// largest maps of types.Info, a little fewer than on average in the four
// pinned programs (golangci-lint: a type per 15 bytes, a use per 26, a
// definition per 120; in standard-library packages with trimmed bodies, per
// 36, 112 and 192), so that most packages' maps need not grow.
type infoDensity struct{ types, uses, defs int }

var (
	fullDensity    = infoDensity{types: 12, uses: 21, defs: 100}
	trimmedDensity = infoDensity{types: 30, uses: 93, defs: 160}
)
