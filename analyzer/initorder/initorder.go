package initorder

import (
	"go/token"
	"go/types"
	"path/filepath"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports initializers that observe variables before they are initialized.
var Analyzer = &analysis.Analyzer{
	Name:     "initorder",
	Doc:      "report initializers that observe variables before they are initialized",
	URL:      "https://pkg.go.dev/github.com/initvet/initvet/analyzer/initorder",
	Requires: []*analysis.Analyzer{initfacts.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[initfacts.Analyzer].(*initfacts.Result)
	if res.Summary == nil {
		return nil, nil
	}
	r := report.New(pass)
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
	// What the init functions write.
	setByInit := map[string]inittask.Effect{}
	for _, it := range res.Summary.Items {
		if it.Func == nil {
			continue
		}
		for _, e := range it.Effects {
			if e.Kind == inittask.KindWrite && e.Var.Pkg == self {
				if _, ok := setByInit[e.Var.Name]; !ok {
					setByInit[e.Var.Name] = e
				}
			}
		}
	}

	for i, it := range res.Summary.Items {
		if it.Init == nil {
			continue
		}
		for _, e := range it.Effects {
			if e.Kind != inittask.KindRead || e.Var.Pkg != self {
				continue
			}
			name := e.Var.Name
			later, hasInit := rank[name]
			switch {
			case hasInit && later > i && dynamic[name]:
				r.Effect(e, it.Pos(), "the initializer of "+it.Init.Lhs[0].Name()+" reads "+name+" ("+e.ChainString()+
					") before "+name+" is initialized: the dependency goes through a call go/types does not follow (interface method, func value or method value), so "+
					name+"'s initializer runs later and "+it.Init.Lhs[0].Name()+" sees the zero value")
			case !dynamic[name]:
				if w, ok := setByInit[name]; ok {
					r.Effect(e, it.Pos(), "the initializer of "+it.Init.Lhs[0].Name()+" reads "+name+" ("+e.ChainString()+
						"), which only an init function sets ("+w.ChainString()+" at "+w.Chain[len(w.Chain)-1].Pos+
						"): all variable initializers run before any init function, so it sees "+name+"'s initial value")
				}
			}
		}
	}
	fileOrder(pass, r, res.Summary)
	return nil, nil
}

// fileOrder reports init functions in different files that write and
// read, or both assign, the same variable.
func fileOrder(pass *analysis.Pass, r *report.Reporter, sum *inittask.Summary) {
	type access struct {
		file string
		e    inittask.Effect
	}
	byVar := map[inittask.VarKey][]access{}
	for _, it := range sum.Items {
		if it.Func == nil {
			continue
		}
		file := pass.Fset.Position(it.Func.Pos()).Filename
		for _, e := range it.Effects {
			if e.Var != nil && !e.Sync && (e.Kind == inittask.KindRead || e.Kind == inittask.KindWrite) {
				byVar[*e.Var] = append(byVar[*e.Var], access{file, e})
			}
		}
	}
	for v, accesses := range byVar {
		for i, a := range accesses {
			for _, b := range accesses[i+1:] {
				if a.file == b.file || a.e.Kind != inittask.KindWrite && b.e.Kind != inittask.KindWrite {
					continue
				}
				if a.e.Kind == inittask.KindWrite && b.e.Kind == inittask.KindWrite && commutes(pass, v) {
					continue
				}
				r.Effect(b.e, token.NoPos, "init functions in "+filepath.Base(a.file)+" and "+filepath.Base(b.file)+" both use "+v.String()+
					" ("+a.e.ChainString()+"; "+b.e.ChainString()+"), one writing it: the result depends on the order of the file names, which a rename changes")
			}
		}
	}
}

// commutes reports whether writes to v are usually order-independent:
// entries of a map with distinct keys.
func commutes(pass *analysis.Pass, v inittask.VarKey) bool {
	if v.Pkg != pass.Pkg.Path() {
		return false
	}
	obj, ok := pass.Pkg.Scope().Lookup(v.Name).(*types.Var)
	if !ok {
		return false
	}
	_, isMap := obj.Type().Underlying().(*types.Map)
	return isMap
}
