// Package z has init work and sorts after c.
//
// oracle: runs
package z

var N int

func init() { N = 26 }
