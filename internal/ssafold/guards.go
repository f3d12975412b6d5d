package ssafold

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// NilGuards returns, for the blocks of fn that run only when package
// variables of pkg are not nil (inside "if v != nil" or past
// "if v == nil { return }"), those variables ("path.Name"), sorted.
func NilGuards(fn *ssa.Function, pkg *ssa.Package) map[*ssa.BasicBlock][]string {
	var out map[*ssa.BasicBlock][]string
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		g, succ := nilTest(cond.Cond, pkg)
		if g == nil {
			continue
		}
		entry := b.Succs[succ]
		if len(entry.Preds) != 1 {
			continue
		}
		name := g.Pkg.Pkg.Path() + "." + g.Name()
		for _, d := range fn.Blocks {
			if entry.Dominates(d) {
				if out == nil {
					out = map[*ssa.BasicBlock][]string{}
				}
				out[d] = JoinGuards(out[d], []string{name})
			}
		}
	}
	return out
}

// nilTest matches a comparison of a package variable of pkg with nil:
// the variable, and the successor of the branch on it (0 for true, 1
// for false) taken when the variable is not nil.
func nilTest(v ssa.Value, pkg *ssa.Package) (*ssa.Global, int) {
	cmp, ok := v.(*ssa.BinOp)
	if !ok || cmp.Op != token.NEQ && cmp.Op != token.EQL {
		return nil, 0
	}
	x, y := cmp.X, cmp.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	if c, ok := y.(*ssa.Const); !ok || !c.IsNil() {
		return nil, 0
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, 0
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || g.Pkg != pkg {
		return nil, 0
	}
	if cmp.Op == token.NEQ {
		return g, 0
	}
	return g, 1
}

// JoinGuards returns the guards of a call site and of an effect behind
// it, sorted, each once.
func JoinGuards(site, eff []string) []string {
	out := slices.Concat(site, eff)
	slices.Sort(out)
	return slices.Compact(out)
}
