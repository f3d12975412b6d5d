package timeline

import (
	"go/types"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/inittask"
)

// Summaries holds the effect summaries of a program's packages outside
// the standard library.
type Summaries map[*inittask.Package]*summary.Summary

// SummarizeProgram computes the effect summaries of every package of the
// program outside the standard library, dependencies first, each
// reading its imports' summaries. Order alone does not need them; the
// standard library's effects that matter during init (exits, Goexit,
// thread locks, flag parsing, servers, registries) are in the model.
func SummarizeProgram(prog *inittask.Program, model *initeffect.Model) Summaries {
	sums := Summaries{}
	known := &loaded{funcs: map[*types.Func][]initeffect.Effect{}, flags: map[*types.Var]bool{}, std: map[string]bool{}}
	for _, p := range prog.Packages {
		known.std[p.Path] = inittask.IsStd(p.Path, p.Pkg.Module != nil) && p != prog.Root
	}
	done := map[*inittask.Package]bool{}
	var visit func(p *inittask.Package)
	visit = func(p *inittask.Package) {
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
		sum := summary.Summarize(summary.Package{Fset: prog.Fset, Types: p.Pkg.Types, Info: p.Pkg.TypesInfo, Files: p.Pkg.Syntax}, known, model)
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

// Shared finds the state shared between unrelated packages' inits in
// the program the summaries are of.
func (sums Summaries) Shared(prog *inittask.Program) []initeffect.Shared {
	rank := map[string]int{}
	var inits []initeffect.InitEffects
	for i, p := range prog.Schedule {
		rank[p.Path] = i
		if sum := sums[p]; sum != nil {
			inits = append(inits, initeffect.InitEffects{Path: p.Path, Effects: sum.Init()})
		}
	}
	return initeffect.FindShared(inits, rank, prog.DependsOn)
}

// loaded implements summary.Dependencies from the summaries of loaded packages.
type loaded struct {
	funcs map[*types.Func][]initeffect.Effect
	flags map[*types.Var]bool
	std   map[string]bool
}

func (l *loaded) FuncEffects(fn *types.Func) []initeffect.Effect { return l.funcs[fn.Origin()] }
func (l *loaded) IsFlag(v *types.Var) bool                       { return l.flags[v] }
func (l *loaded) IsStd(path string) bool                         { return l.std[path] }
