package main

import (
	"go/types"
	"sync"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
)

// wholeProgram is the program a standalone run analyzes: the SSA form
// of its packages, created once and shared by the analyzers, and what
// of each dependency can be released once the facts analyzer is done
// with it. Dependencies are only analyzed for their facts; their syntax
// and type information are half of what a run holds.
type wholeProgram struct {
	ssa     *ssa.Program
	byTypes map[*types.Package]*packages.Package
	roots   map[*types.Package]bool
	// bare are the packages created without syntax: standard library
	// packages the model does not summarize (see initfacts), whose
	// functions other packages only call.
	bare map[*types.Package]bool

	mu sync.Mutex
	// pending counts, for each package, the facts runs that may still
	// read its SSA bodies: its own and its direct importers'.
	pending map[*types.Package]int
	// imports are each package's direct imports.
	imports map[*types.Package][]*types.Package
}

// newWholeProgram creates the SSA packages of roots and their
// dependencies in one program, not yet built: the analyzers build each
// package once and share it with its importers.
func newWholeProgram(roots []*packages.Package, model *initeffect.Model) *wholeProgram {
	w := &wholeProgram{
		ssa:     ssa.NewProgram(roots[0].Fset, summary.SSAMode),
		byTypes: map[*types.Package]*packages.Package{},
		roots:   map[*types.Package]bool{},
		bare:    map[*types.Package]bool{},
		pending: map[*types.Package]int{},
		imports: map[*types.Package][]*types.Package{},
	}
	for _, p := range roots {
		w.roots[p.Types] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		w.byTypes[p.Types] = p
		w.pending[p.Types]++
		for _, imp := range p.Imports {
			w.pending[imp.Types]++
			w.imports[p.Types] = append(w.imports[p.Types], imp.Types)
		}
		if inittask.IsStdPackage(p) && !model.RegistersInInit(p.TypesInfo, p.Syntax) {
			w.bare[p.Types] = true
			w.ssa.CreatePackage(p.Types, nil, nil, true)
			return
		}
		w.ssa.CreatePackage(p.Types, p.Syntax, summary.SSAInfo(p.TypesInfo), true)
	})
	return w
}

// unfollowedStd returns whether a dependency is a standard-library
// package whose code the model does not follow, from its syntax: one
// whose inits cannot fill a registry (see newWholeProgram). Only what
// its own and its importers' initialization run of it is read (see
// load.TrimBodies).
func unfollowedStd(model *initeffect.Model) func(*packages.Package) bool {
	return func(p *packages.Package) bool {
		return inittask.IsStdPackage(p) && !model.MayRegisterInInit(p.Syntax)
	}
}

// release drops the type information and syntax of a dependency the
// facts analyzer is done with, unless SSA may still read them: generic
// functions are instantiated from their syntax and types as importers
// call them (the SSA functions keep the syntax of their own bodies).
// Roots keep theirs for the other analyzers, and only their results are
// read (see analyzer.Shared.Done). The SSA bodies of a dependency go
// once its direct importers are done too (see freeBodies).
func (w *wholeProgram) release(tp *types.Package) (read bool) {
	p := w.byTypes[tp]
	if p == nil {
		return true
	}
	if !w.roots[tp] && (w.bare[tp] || !declaresGenerics(tp)) {
		*p.TypesInfo = types.Info{}
		clear(p.Syntax)
	}
	var free []*types.Package
	w.mu.Lock()
	for _, q := range append([]*types.Package{tp}, w.imports[tp]...) {
		if w.pending[q]--; w.pending[q] == 0 && !w.roots[q] {
			free = append(free, q)
		}
	}
	w.mu.Unlock()
	for _, q := range free {
		freeBodies(w.ssa.Package(q))
	}
	return w.roots[tp]
}

// freeBodies drops the SSA bodies of a package's functions, methods and
// func literals: only the package's own summary and its direct
// importers' read them (the values the package's init stores, the
// constants its functions return), and both are done. Other packages
// see its functions through their signatures, parameters and facts.
// Instances of its generic functions are functions of their own, which
// are kept.
func freeBodies(pkg *ssa.Package) {
	if pkg == nil {
		return
	}
	var free func(fn *ssa.Function)
	free = func(fn *ssa.Function) {
		if fn == nil || fn.Blocks == nil {
			return
		}
		for _, anon := range fn.AnonFuncs {
			free(anon)
		}
		for _, p := range fn.Params {
			*p.Referrers() = nil // they point into the body
		}
		for _, fv := range fn.FreeVars {
			*fv.Referrers() = nil
		}
		fn.Blocks, fn.Locals, fn.Recover = nil, nil, nil
	}
	prog := pkg.Prog
	if init := pkg.Func("init"); init != nil {
		for _, b := range init.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok {
					if callee := call.Call.StaticCallee(); callee != nil && callee.Pkg == pkg {
						free(callee) // the init functions, which are not members
					}
				}
			}
		}
	}
	for _, m := range pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			free(m)
		case *ssa.Type:
			named, ok := m.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := range named.NumMethods() {
				free(prog.FuncValue(named.Method(i)))
			}
		}
	}
}

// declaresGenerics reports whether a package declares generic functions
// or types.
func declaresGenerics(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if obj.Signature().TypeParams().Len() > 0 {
				return true
			}
		case *types.TypeName:
			if named, ok := obj.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
				return true
			}
		}
	}
	return false
}
