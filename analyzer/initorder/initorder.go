package initorder

import (
	_ "embed"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"github.com/initvet/initvet/analyzer/internal/analyzerdoc"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/internal/posn"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Analyzer reports initializers that observe variables before they are initialized.
var Analyzer = New(initfacts.Analyzer)

// New returns the analyzer over the effects that facts (an initfacts
// analyzer, as analyzer.New makes) computes.
func New(facts *analysis.Analyzer) *analysis.Analyzer {
	return report.Analyzer("initorder", analyzerdoc.MustExtract(doc, "initorder"), facts, run)
}

func run(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter) {
	self := pass.Pkg.Path()
	// Where each variable's initializer runs, and whether it needs code.
	rank := map[string]int{}
	dynamic := map[string]bool{}
	for i, v := range res.Vars {
		for _, lhs := range v.Vars {
			rank[lhs.Name()] = i
			dynamic[lhs.Name()] = v.Dynamic
		}
	}
	setByInit := initFuncWrites(res.Summary, self)
	for i, it := range res.Summary.Items {
		if it.Init == nil {
			continue
		}
		for _, e := range earlyReads(it, self) {
			name := e.Var.Name
			later, hasInit := rank[name]
			switch {
			case hasInit && later > i && dynamic[name]:
				r.Effect(e, it.Pos(), "the initializer of "+it.Init.Lhs[0].Name()+" reads "+name+report.Via(e)+
					" before "+name+" is initialized: go/types sees no dependency through a dynamic call, so it sees the zero value")
			case !hasInit:
				if w, ok := setByInit[name]; ok {
					r.Effect(e, it.Pos(), "the initializer of "+it.Init.Lhs[0].Name()+" reads "+name+report.Via(e)+
						" before its only setter, func init at "+shortPos(w.Chain[len(w.Chain)-1].Pos)+
						": it sees the zero value")
				}
			}
		}
	}
	fileOrder(pass, r, res.Summary)
}

// initFuncWrites returns, for each variable of package self that the
// init functions assign (not through pointers or into maps and slices,
// which the variable's value refers to anyway), the first assignment.
func initFuncWrites(sum *summary.Summary, self string) map[string]initeffect.Effect {
	setByInit := map[string]initeffect.Effect{}
	for _, it := range sum.Items {
		if it.Func == nil {
			continue
		}
		for _, e := range it.Effects {
			if e.Kind == initeffect.KindWrite && !e.Indirect && !e.Sync && e.Var.Pkg == self {
				if _, ok := setByInit[e.Var.Name]; !ok {
					setByInit[e.Var.Name] = e
				}
			}
		}
	}
	return setByInit
}

// earlyReads returns an initializer's unsynchronized reads of variables
// of package self, leaving out the variables it sets itself (a lazily
// filled cache does not depend on anything else setting it first).
func earlyReads(it *summary.ItemEffects, self string) []initeffect.Effect {
	setsItself := map[string]bool{}
	for _, e := range it.Effects {
		if e.Kind == initeffect.KindWrite && e.Var.Pkg == self {
			setsItself[e.Var.Name] = true
		}
	}
	var out []initeffect.Effect
	for _, e := range it.Effects {
		if e.Kind == initeffect.KindRead && e.Var.Pkg == self && !e.Sync && !setsItself[e.Var.Name] {
			out = append(out, e)
		}
	}
	return out
}

// fileOrder reports a package variable that init functions in two
// files use, one assigning it: a variable of basic, string, interface or
// func type (whole values, not a collection that registrations fill),
// assigned or read directly in the init functions' bodies. It is
// reported once per variable.
func fileOrder(pass *analysis.Pass, r *report.Reporter, sum *summary.Summary) {
	type access struct {
		file string
		e    initeffect.Effect
	}
	byVar := map[string][]access{}
	var names []string
	for _, it := range sum.Items {
		if it.Func == nil {
			continue
		}
		file := filepath.Base(pass.Fset.Position(it.Func.Pos()).Filename)
		for _, e := range it.Effects {
			if e.Var == nil || e.Sync || e.Addr || len(e.Chain) != 1 || e.Var.Pkg != pass.Pkg.Path() || !wholeValue(pass, e.Var.Name) {
				continue
			}
			if e.Kind == initeffect.KindRead || e.Kind == initeffect.KindWrite {
				if byVar[e.Var.Name] == nil {
					names = append(names, e.Var.Name)
				}
				byVar[e.Var.Name] = append(byVar[e.Var.Name], access{file, e})
			}
		}
	}
	for _, name := range names {
		accesses := byVar[name]
	pairs:
		for i, a := range accesses {
			for _, b := range accesses[i+1:] {
				if a.file != b.file && (a.e.Kind == initeffect.KindWrite || b.e.Kind == initeffect.KindWrite) {
					r.Effect(b.e, token.NoPos, "init functions in "+a.file+" and "+b.file+" both use "+name+", one assigning it ("+
						report.Chain(a.e)+"; "+report.Chain(b.e)+"): they run in file-name order, which a rename changes")
					break pairs
				}
			}
		}
	}
}

// wholeValue reports whether the package variable holds a value that an
// assignment replaces as a whole: not a map, slice, array, struct,
// pointer or channel, which registrations fill piece by piece.
func wholeValue(pass *analysis.Pass, name string) bool {
	obj, ok := pass.Pkg.Scope().Lookup(name).(*types.Var)
	if !ok {
		return false
	}
	switch obj.Type().Underlying().(type) {
	case *types.Basic, *types.Interface, *types.Signature:
		return true
	}
	return false
}

// shortPos shortens "dir/file.go:line:col" to "file.go:line", which
// reads the same in every driver and on every machine.
func shortPos(pos string) string {
	file, line, _ := posn.Split(pos)
	return filepath.Base(file) + ":" + strconv.Itoa(line)
}
