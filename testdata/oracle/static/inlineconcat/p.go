// Package inlineconcat calls a function whose body is a string
// concatenation with its parameter: after substitution the compiler
// folds the constant strings (staticinit.addStr), so it is data
// (the case of gopherize in $GOROOT/test/noinit.go).
//
// oracle: no init
package inlineconcat

func gopherize(s string) string { return "gopher gopher gopher " + s }

var Animals = gopherize("badger")
