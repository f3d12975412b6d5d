// Package onlystatic has only globals that the compiler initializes
// statically: constants, composite literals, addresses, func values and
// interface conversions of static values. It gets no init task.
//
// oracle: no init
package onlystatic

// T is a small struct.
type T struct {
	A int
	B string
}

// String makes T a fmt.Stringer-like type.
func (t T) String() string { return t.B }

// Stringer is a local copy of fmt.Stringer.
type Stringer interface{ String() string }

func double(x int) int { return 2 * x }

var (
	X      = 42
	Name   = "onlystatic"
	Pi     = 3.14
	Slice  = []int{1, 2, 3}
	Array  = [3]string{"a", "b", "c"}
	Struct = T{1, "one"}
	Ptr    = &T{2, "two"}
	Nested = []T{{3, "three"}, {A: 4}}
	Addr   = &X
	Elem   = &Array[1]
	Field  = &Struct.B
	Func   = double
	Lit    = func(x int) int { return x + 1 }
	Method = T.String
	Any    any
	Empty  any      = 7
	Str    Stringer = T{5, "five"}
	Bytes           = []byte("bytes")
	Nil    []int    = nil
)
