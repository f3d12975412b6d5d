// Package genericcall calls generic functions, of its own package and
// of another, whose single returned expression is data: the compiler
// inlines their shaped instantiations like any function
// (noder/reader.go) and lays the results out statically.
//
// oracle: no init
package genericcall

import "ex/static/generic"

type pair[T any] struct {
	n int
	v *T
}

func mk[T any](n int) *pair[T] { return &pair[T]{n: n} }

// P is data.
var P = mk[string](3)

// S is data.
var S = generic.NewNil[int]()
