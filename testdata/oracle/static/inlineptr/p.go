// Package inlineptr calls a function whose body is "return &T{x}" in a
// global initializer: staticAssignInlinedCall makes it data.
//
// oracle: no init
package inlineptr

// T is a small struct.
type T struct{ x int }

// F returns a new T.
func F(x int) *T { return &T{x} }

var G = F(400)
