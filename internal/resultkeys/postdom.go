package resultkeys

import "golang.org/x/tools/go/ssa"

// postDominators returns the immediate post-dominator of each of fn's
// blocks, by index; exit (len(fn.Blocks)) stands for the function's
// end, after every return and panic. ok is false when some block cannot
// reach the end (an endless loop). The algorithm is Cooper, Harvey and
// Kennedy's "A Simple, Fast Dominance Algorithm" on the reversed graph.
func postDominators(fn *ssa.Function) (ipdom []int, ok bool) {
	n := len(fn.Blocks)
	exit := n
	// In the reversed graph, the end leads to the blocks that leave the
	// function, and each block to its predecessors.
	next := func(v int) []int {
		var out []int
		if v == exit {
			for _, b := range fn.Blocks {
				if len(b.Succs) == 0 {
					out = append(out, b.Index)
				}
			}
			return out
		}
		for _, p := range fn.Blocks[v].Preds {
			out = append(out, p.Index)
		}
		return out
	}
	order := make([]int, n+1) // postorder number + 1; 0 = not reached
	var post []int
	var visit func(v int)
	visit = func(v int) {
		order[v] = -1
		for _, w := range next(v) {
			if order[w] == 0 {
				visit(w)
			}
		}
		post = append(post, v)
		order[v] = len(post)
	}
	visit(exit)
	if len(post) != n+1 {
		return nil, false
	}
	ipdom = make([]int, n+1)
	for i := range ipdom {
		ipdom[i] = -1
	}
	ipdom[exit] = exit
	intersect := func(a, b int) int {
		for a != b {
			for order[a] < order[b] {
				a = ipdom[a]
			}
			for order[b] < order[a] {
				b = ipdom[b]
			}
		}
		return a
	}
	for changed := true; changed; {
		changed = false
		for i := len(post) - 2; i >= 0; i-- { // reverse postorder, the end first
			v := post[i]
			// A block's predecessors in the reversed graph are its
			// successors, and the end for a block that leaves.
			preds := fn.Blocks[v].Succs
			idom := -1
			if len(preds) == 0 {
				idom = exit
			}
			for _, p := range preds {
				switch {
				case ipdom[p.Index] == -1:
				case idom == -1:
					idom = p.Index
				default:
					idom = intersect(p.Index, idom)
				}
			}
			if ipdom[v] != idom {
				ipdom[v], changed = idom, true
			}
		}
	}
	return ipdom, true
}
