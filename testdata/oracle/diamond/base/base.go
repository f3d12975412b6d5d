// Package base is the bottom of the diamond.
//
// oracle: runs
package base

var N int

func init() { N = 40 }
