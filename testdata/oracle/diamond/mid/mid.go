// Package mid is unrelated to the diamond and ready from the start; it
// runs after base and aright but before zleft: the order is not a
// depth-first walk of the imports.
//
// oracle: runs
package mid

var N int

func init() { N = 1 }
