// Package thirdparty, of another module than the program's, registers a
// name during init: the exit it reaches is also reached from the
// program's own package mine, so the program reports it once, at mine.
package thirdparty

import "example.com/aaa/reg"

// ID is the name's handle.
var ID = reg.Register("thirdparty")
