// Package generic declares generic functions for geninst.
//
// oracle: no init
package generic

// Id returns x.
func Id[T any](x T) T { return x }

// Pair does nothing with two values.
func Pair[K comparable, V any](k K, v V) {}
