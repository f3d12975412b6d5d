// Package convchainok is convchain without the int parameter: the
// conversion to uint64 is of a literal int64, which staticinit.subst
// folds (truncate), so the value is data.
//
// oracle: no init
package convchainok

// Value is a tagged number.
type Value struct {
	kind    int
	numeric uint64
}

func int64ToRaw(i int64) uint64 { return uint64(i) }

// Int64Value makes a Value of an int64.
func Int64Value(v int64) Value { return Value{kind: 1, numeric: int64ToRaw(v)} }

// X is data.
var X = Int64Value(3)
