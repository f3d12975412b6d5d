// Package maplit has a map literal global: maps are built at run time.
//
// oracle: runs
package maplit

var M = map[string]int{"a": 1}
