package mainentry

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports library entry points that depend on main.main.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	// plugin makes every exported function of a main package an entry point.
	var plugin bool
	a := report.Analyzer("mainentry", analyzerdoc.MustExtract(doc, "mainentry"), facts,
		func(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) { run(pass, res, r, plugin) })
	a.Flags.BoolVar(&plugin, "plugin", false, "treat main packages as plugins: exported functions are entry points (plugin.Lookup)")
	return a
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter, plugin bool) {
	if pass.Pkg.Name() != "main" {
		return
	}
	entries := entryPoints(pass, plugin)
	if len(entries) == 0 {
		return
	}
	mode := "a c-archive or c-shared build"
	if plugin {
		mode = "a plugin"
	}

	// Variables of package main that only main.main assigns.
	mainOnly := map[string]initeffect.Effect{}
	for _, e := range res.Summary.Main {
		if e.Kind == initeffect.KindWrite && !e.Indirect && e.Var.Pkg == pass.Pkg.Path() {
			mainOnly[e.Var.Name] = e
		}
	}
	for _, v := range res.Vars {
		for _, lhs := range v.Vars {
			delete(mainOnly, lhs.Name())
		}
	}
	for _, it := range res.Summary.Items {
		for _, e := range it.Effects {
			if e.Kind == initeffect.KindWrite && e.Var.Pkg == pass.Pkg.Path() {
				delete(mainOnly, e.Var.Name)
			}
		}
	}

	for _, fn := range entries {
		for _, e := range res.Summary.Funcs[fn] {
			w, ok := mainOnly[nameOf(e)]
			if e.Kind != initeffect.KindRead || !ok || e.Var.Pkg != pass.Pkg.Path() {
				continue
			}
			r.Effect(e, fn.Pos(), "entry point "+fn.Name()+" reads "+e.Var.Name+" ("+report.Chain(e)+"), which only main.main sets ("+
				report.Chain(w)+"): in "+mode+" main.main never runs, so it stays zero")
		}
	}
	for _, e := range res.Summary.Main {
		switch e.Kind {
		case initeffect.KindFlagParse, initeffect.KindBlock, initeffect.KindGo:
			r.Effect(e, pass.Files[0].Package, "main.main "+mainAction(e)+" ("+report.Chain(e)+"), but in "+mode+
				" main.main never runs: entry points are called without it")
		}
	}
}

func nameOf(e initeffect.Effect) string {
	if e.Var == nil {
		return ""
	}
	return e.Var.Name
}

// mainAction says what main.main does that an entry point misses.
func mainAction(e initeffect.Effect) string {
	switch e.Kind {
	case initeffect.KindFlagParse:
		return "parses the command line"
	case initeffect.KindBlock:
		return "serves or waits (" + e.Name + ")"
	}
	return "starts a goroutine"
}

// entryPoints returns the functions of a main package that a library
// build exposes: //export functions, and in plugin mode every exported
// function.
func entryPoints(pass *analysis.Pass, plugin bool) []*types.Func {
	var out []*types.Func
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if ok && (hasExport(fd) || plugin && fd.Name.IsExported()) {
				out = append(out, fn)
			}
		}
	}
	return out
}

// hasExport reports whether a function has a cgo //export comment.
func hasExport(fd *ast.FuncDecl) bool {
	if fd.Doc == nil {
		return false
	}
	for _, c := range fd.Doc.List {
		if strings.HasPrefix(c.Text, "//export ") {
			return true
		}
	}
	return false
}
