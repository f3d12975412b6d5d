package inittask

import "github.com/initvet/initvet/initeffect"

// SharedState finds the state shared between unrelated packages' inits
// in the program, given its summaries.
func (prog *Program) SharedState(sums Summaries) []initeffect.Shared {
	rank := map[string]int{}
	var inits []initeffect.InitEffects
	for i, p := range prog.Schedule {
		rank[p.Path] = i
		if sum := sums[p]; sum != nil {
			inits = append(inits, initeffect.InitEffects{Path: p.Path, Effects: sum.Init()})
		}
	}
	return initeffect.SharedState(inits, rank, func(a, b string) bool {
		pa, pb := prog.byPath[a], prog.byPath[b]
		return pa != nil && pb != nil && importChain(pa, pb) != nil
	})
}
