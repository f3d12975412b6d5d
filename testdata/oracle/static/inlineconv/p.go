// Package inlineconv calls functions whose bodies convert a parameter
// between integer types: after substitution the compiler converts the
// constant (staticinit.truncate), so the results are data. A conversion
// to float64 is left to run time.
//
// oracle: no init
package inlineconv

// MyInt is a named integer type.
type MyInt int

func wide(x int32) int64 { return int64(x) }

func named(x uint8) MyInt { return MyInt(x) }

var (
	W = wide(7)
	N = named(3)
)
