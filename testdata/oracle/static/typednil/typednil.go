// Package typednil converts nil to slice, pointer and map types, as
// github.com/paulmach/orb's list of geometries does: a conversion of
// nil is a nil of that type, which is data, in an interface too.
//
// oracle: no init
package typednil

// Geometry is anything.
type Geometry interface{}

// Points is a slice type.
type Points []int

// All holds typed nils.
var All = []Geometry{nil, Points(nil), (*int)(nil), map[string]int(nil)}

// P is a nil Points.
var P = Points(nil)
