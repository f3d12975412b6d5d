// Package ptrcopy is ifacecopy with E1 of pointer type: the copy is of
// an address, and the conversion to the interface in All is of a
// static value, so everything is data.
//
// oracle: no init
package ptrcopy

// Encoding names itself.
type Encoding interface{ Name() string }

type enc struct{ name string }

func (e *enc) Name() string { return e.name }

var e1 = enc{"one"}

// E1 points at e1.
var E1 = &e1

// All copies E1 into an interface.
var All = []Encoding{E1}
