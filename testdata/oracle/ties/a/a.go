// Package a has an init function and no imports; it sorts first.
//
// oracle: runs
package a

var Order []string

func init() { Order = append(Order, "a") }
