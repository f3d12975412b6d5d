// Package exitquiet registers a metric whose exit its authors accept: the
// directive at the call suppresses it, here and in every program's count.
package exitquiet

import "example.com/metricreg"

//initvet:ignore initexit a duplicate metric name is a programming error
var total = metricreg.Register("total")

// Total returns the metric's handle.
func Total() int { return total }
