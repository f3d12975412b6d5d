// Package ifacecopy copies a variable of interface type whose
// initializer converts a pointer to the interface, as
// golang.org/x/text/encoding/charmap's list of encodings does:
// staticcopy does not copy an OCONVIFACE, so the copy runs at init.
//
// oracle: runs
package ifacecopy

// Encoding names itself.
type Encoding interface{ Name() string }

type enc struct{ name string }

func (e *enc) Name() string { return e.name }

var e1 = enc{"one"}

// E1 is an interface holding &e1.
var E1 Encoding = &e1

// All copies E1.
var All = []Encoding{E1}
