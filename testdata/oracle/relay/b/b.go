// Package b has init work and no imports.
//
// oracle: runs
package b

var N int

func init() { N = 2 }
