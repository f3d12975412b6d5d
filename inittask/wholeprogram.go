package inittask

import (
	"go/types"
	"strings"
)

// Summarize computes the effect summaries of every package of the
// program, dependencies first, each reading its imports' summaries. It
// runs once; order alone does not need it. Standard library packages
// are not summarized: their effects that matter during init (exits,
// Goexit, thread locks, flag parsing, servers) are modelled by function.
func (prog *Program) Summarize() {
	if prog.summarized {
		return
	}
	prog.summarized = true
	known := &summaries{funcs: map[*types.Func][]Effect{}, flags: map[*types.Var]bool{}, std: map[string]bool{}}
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
		if p.Pkg.TypesInfo == nil || p.Pkg.Types == nil || known.std[p.Path] {
			return
		}
		p.Summary = Summarize(prog.Fset, p.Pkg.Types, p.Pkg.TypesInfo, p.Pkg.Syntax, known)
		for fn, effects := range p.Summary.Funcs {
			known.funcs[fn] = effects
		}
		for _, v := range p.Summary.Flags {
			known.flags[v] = true
		}
	}
	for _, p := range prog.Packages {
		visit(p)
	}
}

// summaries implements Imported from the summaries of loaded packages.
type summaries struct {
	funcs map[*types.Func][]Effect
	flags map[*types.Var]bool
	std   map[string]bool
}

func (s *summaries) FuncEffects(fn *types.Func) []Effect { return s.funcs[fn.Origin()] }
func (s *summaries) IsFlag(v *types.Var) bool            { return s.flags[v] }
func (s *summaries) IsStd(path string) bool              { return s.std[path] }

// IsStd reports whether a package belongs to the standard library: it is
// outside any module and the first element of its path has no dot. The
// commands of the Go distribution (cmd/...) are programs, not library.
func IsStd(path string, inModule bool) bool {
	first, _, _ := strings.Cut(path, "/")
	return !inModule && !strings.Contains(first, ".") && first != "cmd"
}
