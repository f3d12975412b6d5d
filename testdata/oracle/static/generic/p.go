// Package generic declares generic functions for geninst and
// genericcall.
//
// oracle: no init
package generic

// Id returns x.
func Id[T any](x T) T { return x }

// Pair does nothing with two values.
func Pair[K comparable, V any](k K, v V) {}

// Slot holds a pointer to a T.
type Slot[T any] struct{ v *T }

// NewNil returns an empty Slot: inlined into an importer's initializer,
// it is data.
func NewNil[T any]() Slot[T] { return Slot[T]{} }
