// Package callees finds the functions a call in SSA form can reach
// beyond its static callee: through variable type analysis
// (go/callgraph/vta), through the package's types that implement an
// interface, and through func variables that only their initializer
// sets.
package callees

import (
	"go/token"
	"go/types"
	"sort"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/ssa"
)

// Dynamic returns what the dynamic calls (interface methods, func
// values) of funcs and of the closures they make, which it adds to
// funcs, can reach, by
// variable type analysis over those functions: the types and functions
// that flow into the called value through assignments, fields, slices,
// maps, channels, parameters and results among them. Each call's
// callees are sorted by name. The analysis runs only when some dynamic
// call is one the caller asks about (needed); otherwise the result is
// nil.
func Dynamic(funcs map[*ssa.Function]bool, needed func(ssa.CallInstruction) bool) map[ssa.CallInstruction][]*ssa.Function {
	dynamic := false
	for fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.MakeClosure:
					funcs[instr.Fn.(*ssa.Function)] = true
				case ssa.CallInstruction:
					if _, builtin := instr.Common().Value.(*ssa.Builtin); !dynamic && !builtin && instr.Common().StaticCallee() == nil {
						dynamic = needed(instr)
					}
				}
			}
		}
	}
	if !dynamic {
		return nil
	}
	out := map[ssa.CallInstruction][]*ssa.Function{}
	cg := vta.CallGraph(funcs, nil)
	for fn, node := range cg.Nodes {
		if fn == nil || !funcs[fn] {
			continue
		}
		for _, e := range node.Out {
			if e.Site != nil && e.Site.Common().StaticCallee() == nil {
				out[e.Site] = append(out[e.Site], e.Callee.Func)
			}
		}
	}
	names := map[*ssa.Function]string{}
	name := func(fn *ssa.Function) string {
		if s, ok := names[fn]; ok {
			return s
		}
		names[fn] = fn.String()
		return names[fn]
	}
	for _, fns := range out {
		sort.Slice(fns, func(i, j int) bool { return name(fns[i]) < name(fns[j]) })
	}
	return out
}

// Implementations returns the methods of pkg's named types that an
// interface method call can reach.
func Implementations(pkg *ssa.Package, c *ssa.CallCommon) []*ssa.Function {
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var out []*ssa.Function
	scope := pkg.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			sel := pkg.Prog.MethodSets.MethodSet(t).Lookup(c.Method.Pkg(), c.Method.Name())
			if sel != nil {
				if fn := pkg.Prog.MethodValue(sel); fn != nil {
					out = append(out, fn)
				}
			}
			break
		}
	}
	return out
}

// FixedFuncs finds the func variables of a package that only their
// initializer sets, to a function: a call through one calls it.
type FixedFuncs struct {
	pkg     *ssa.Package
	stores  map[*ssa.Global][]*ssa.Store
	escaped map[*ssa.Global]bool
	ops     []*ssa.Value // Note's operands, kept to save an allocation per instruction
}

// NewFixedFuncs returns a FixedFuncs for pkg, to be shown every
// instruction of the package's functions and init.
func NewFixedFuncs(pkg *ssa.Package) *FixedFuncs {
	return &FixedFuncs{pkg: pkg, stores: map[*ssa.Global][]*ssa.Store{}, escaped: map[*ssa.Global]bool{}}
}

// Note records, for the func variables of the package that instr uses,
// a store into one, or any use other than a load or a store (its
// address goes elsewhere, and something else may set it).
func (f *FixedFuncs) Note(instr ssa.Instruction) {
	f.ops = instr.Operands(f.ops[:0])
	for _, op := range f.ops {
		g, ok := (*op).(*ssa.Global)
		if !ok || g.Pkg != f.pkg || !ssavalue.IsFunc(g.Type()) {
			continue
		}
		switch instr := instr.(type) {
		case *ssa.UnOp:
			if instr.Op != token.MUL {
				f.escaped[g] = true
			}
		case *ssa.Store:
			if instr.Addr == g {
				f.stores[g] = append(f.stores[g], instr)
			} else {
				f.escaped[g] = true
			}
		default:
			f.escaped[g] = true
		}
	}
}

// Result returns the func variables that only the package's init
// function stores, once, a function into, with that function.
func (f *FixedFuncs) Result() map[*ssa.Global]*ssa.Function {
	init := f.pkg.Func("init")
	out := map[*ssa.Global]*ssa.Function{}
	for g, stores := range f.stores {
		if fn, ok := stores[0].Val.(*ssa.Function); ok && len(stores) == 1 && stores[0].Parent() == init && !f.escaped[g] {
			out[g] = fn
		}
	}
	return out
}
