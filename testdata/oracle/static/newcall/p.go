// Package newcall has a new(int) global, allocated at run time.
//
// oracle: runs
package newcall

var P = new(int)
