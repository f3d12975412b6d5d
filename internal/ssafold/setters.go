package ssafold

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Setters tells which functions of a package store each of its
// variables, computed on first use.
type Setters struct {
	pkg   *ssa.Package
	funcs []*ssa.Function
	// initialized are variables whose initializers are not in the SSA
	// form of the package's init function.
	initialized []*ssa.Global
	by          map[*ssa.Global][]*ssa.Function
}

// NewSetters returns the Setters of pkg's variables among funcs, the
// package's functions and its init. The variables in initialized have
// initializers that pkg's SSA form leaves out: they count as set by
// code outside funcs.
func NewSetters(pkg *ssa.Package, funcs []*ssa.Function, initialized []*ssa.Global) *Setters {
	return &Setters{pkg: pkg, funcs: funcs, initialized: initialized}
}

// OnlySetBy reports whether fn is the only function of the package
// that stores the package variable g, g has no initializer (the
// package's init function stores none), and its address goes nowhere
// else: g is nil until fn sets it.
func (st *Setters) OnlySetBy(g *ssa.Global, fn *ssa.Function) bool {
	if g.Pkg != st.pkg || !Stores(fn, g) {
		return false // most tests of a variable are in functions that do not set it
	}
	if st.by == nil {
		st.by = map[*ssa.Global][]*ssa.Function{}
		for _, f := range st.funcs {
			st.note(f)
		}
		for _, g := range st.initialized {
			st.by[g] = append(st.by[g], nil)
		}
	}
	setters := st.by[g]
	return len(setters) == 1 && setters[0] == fn
}

// note records the package variables f stores, and a nil setter for
// those whose address f uses otherwise than to load or store them.
func (st *Setters) note(f *ssa.Function) {
	var ops []*ssa.Value
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			ops = instr.Operands(ops[:0])
			for i, op := range ops {
				g, ok := (*op).(*ssa.Global)
				if !ok || g.Pkg != st.pkg {
					continue
				}
				setter := (*ssa.Function)(nil)
				switch instr := instr.(type) {
				case *ssa.Store:
					if i == 0 && instr.Addr == g {
						setter = f
					}
				case *ssa.UnOp:
					if instr.Op == token.MUL {
						continue
					}
				}
				if !slices.Contains(st.by[g], setter) {
					st.by[g] = append(st.by[g], setter)
				}
			}
		}
	}
}
