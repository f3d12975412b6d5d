package staticinit

import (
	"go/types"
	"strings"
)

// Reasons returns, for each initializer of info.InitOrder in turn, a
// short reason why it needs code at run time, or "" when the compiler
// lays it out as data. funcs holds the declarations of the functions
// that calls may inline (the package's own, and for a whole program
// every package's); costs, which may be nil, gives the cost of
// inlining the other packages' functions that ConstantCallCosts found.
func Reasons(pkg *types.Package, info *types.Info, funcs Funcs, costs InlineCosts) []string {
	s := &staticInit{
		pkg:    pkg,
		info:   info,
		funcs:  funcs,
		costs:  costs,
		inits:  map[*types.Var]*types.Initializer{},
		fips:   isFIPS(pkg.Path()),
		budget: inlineMaxBudget,
	}
	size := 0
	for _, in := range info.InitOrder {
		for _, v := range in.Lhs {
			s.inits[v] = in
		}
		if _, isMap := under(info.Types[in.Rhs].Type).(*types.Map); !isMap {
			size += nodeCount(in.Rhs)
		}
	}
	if size > inlineBigFunctionNodes {
		s.budget = inlineBigFunctionBudget
	}
	reasons := make([]string, len(info.InitOrder))
	for i, in := range info.InitOrder {
		reasons[i] = s.dynamic(in)
	}
	return reasons
}

// isFIPS reports whether the compiler builds the package as FIPS 140
// code, where global address relocations are refused
// (cmd/internal/obj.EnableFIPS and its package list).
func isFIPS(path string) bool {
	return path == "crypto/internal/fips140" || strings.HasPrefix(path, "crypto/internal/fips140/")
}
