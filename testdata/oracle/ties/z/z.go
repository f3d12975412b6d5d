// Package z has an init function and no imports; it sorts last.
//
// oracle: runs
package z

var Order []string

func init() { Order = append(Order, "z") }
