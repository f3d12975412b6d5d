package inittask

import (
	"go/types"
	"strings"

	"github.com/initvet/initvet/initeffect"
)

// Summaries holds the effect summaries of a program's packages outside
// the standard library.
type Summaries map[*Package]*initeffect.Summary

// Summarize computes the effect summaries of every package of the
// program outside the standard library, dependencies first, each
// reading its imports' summaries. Order alone does not need them; the
// standard library's effects that matter during init (exits, Goexit,
// thread locks, flag parsing, servers, registries) are in the model.
func (prog *Program) Summarize(model *initeffect.Model) Summaries {
	sums := Summaries{}
	known := &summaries{funcs: map[*types.Func][]initeffect.Effect{}, flags: map[*types.Var]bool{}, std: map[string]bool{}}
	for _, p := range prog.Packages {
		known.std[p.Path] = IsStd(p.Path, p.Pkg.Module != nil) && p != prog.Root
	}
	done := map[*Package]bool{}
	var visit func(p *Package)
	visit = func(p *Package) {
		if done[p] {
			return
		}
		done[p] = true
		for _, q := range p.Imports {
			visit(q)
		}
		if p.Pkg.TypesInfo == nil || p.Pkg.Types == nil || p.Pkg.IllTyped || known.std[p.Path] {
			return
		}
		sum := initeffect.Summarize(initeffect.Package{Fset: prog.Fset, Types: p.Pkg.Types, Info: p.Pkg.TypesInfo, Files: p.Pkg.Syntax}, known, model)
		sums[p] = sum
		for fn, effects := range sum.Funcs {
			known.funcs[fn] = effects
		}
		for _, v := range sum.Flags {
			known.flags[v] = true
		}
	}
	for _, p := range prog.Packages {
		visit(p)
	}
	return sums
}

// summaries implements initeffect.Imported from the summaries of
// loaded packages.
type summaries struct {
	funcs map[*types.Func][]initeffect.Effect
	flags map[*types.Var]bool
	std   map[string]bool
}

func (s *summaries) FuncEffects(fn *types.Func) []initeffect.Effect { return s.funcs[fn.Origin()] }
func (s *summaries) IsFlag(v *types.Var) bool                       { return s.flags[v] }
func (s *summaries) IsStd(path string) bool                         { return s.std[path] }

// IsStd reports whether a package belongs to the standard library: it is
// outside any module and the first element of its path has no dot. The
// commands of the Go distribution (cmd/...) are programs, not library.
func IsStd(path string, inModule bool) bool {
	first, _, _ := strings.Cut(path, "/")
	return !inModule && !strings.Contains(first, ".") && first != "cmd"
}
