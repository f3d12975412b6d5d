// Package emptyinit has only empty init functions, which the compiler
// drops.
//
// oracle: no init
package emptyinit

var X = 1

func init() {}

func init() {
	if false {
		println("never")
	}
}

func init() {
	for false {
	}
}
