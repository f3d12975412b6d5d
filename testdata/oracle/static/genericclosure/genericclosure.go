// Package genericclosure calls a generic constructor whose result holds
// a function literal that uses the type parameter, as opa's
// util.NewSyncPool[T] does: in the shaped instantiation the literal
// reads the dictionary, a parameter, so it captures, and the call runs
// at init (staticAssignInlinedCall refuses capturing closures).
//
// oracle: runs
package genericclosure

// Pool makes values.
type Pool[T any] struct{ New func() any }

// NewPool makes a Pool of T.
func NewPool[T any]() *Pool[T] {
	return &Pool[T]{New: func() any { return new(T) }}
}

// P needs code.
var P = NewPool[int]()
