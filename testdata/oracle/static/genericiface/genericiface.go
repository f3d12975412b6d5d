// Package genericiface calls a generic function that converts a value
// of a type with a type parameter to an interface: the shaped operand
// is not laid out statically (staticinit refuses an OCONVIFACE whose
// operand has a shape type), so the call runs at init.
//
// oracle: runs
package genericiface

type holder[T any] struct{ v *T }

func wrap[T any]() any { return holder[T]{} }

// W needs code.
var W = wrap[int]()
