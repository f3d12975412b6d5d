// Package namedresult calls an inlinable function whose result is
// named: the inlined body declares and assigns the result
// (inline.canDelayResults is false), which staticAssignInlinedCall does
// not lay out, so the call runs at init.
//
// oracle: runs
package namedresult

// T holds a number.
type T struct{ x int }

func newT(x int) (r *T) { return &T{x} }

// Global needs code.
var Global = newT(400)
