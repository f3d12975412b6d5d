// Package convchain builds a value through inlined helpers that convert
// an int parameter to int64 and then to uint64, as OpenTelemetry's
// attribute.Key.Int does: int to int64 is an OCONVNOP on a 64-bit
// target, which staticinit.subst does not fold, so the conversion to
// uint64 of it stays and the field is stored at run time.
//
// oracle: runs
package convchain

// Value is a tagged number.
type Value struct {
	kind    int
	numeric uint64
}

func int64ToRaw(i int64) uint64 { return uint64(i) }

// Int64Value makes a Value of an int64.
func Int64Value(v int64) Value { return Value{kind: 1, numeric: int64ToRaw(v)} }

// IntValue makes a Value of an int.
func IntValue(v int) Value { return Int64Value(int64(v)) }

// X needs code.
var X = IntValue(3)
