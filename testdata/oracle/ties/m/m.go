// Package m has an init function and no imports; it sorts in the middle.
//
// oracle: runs
package m

var Order []string

func init() { Order = append(Order, "m") }
