// Package thirdparty, of a dependency module, registers a name and reads
// a port during init: the exits it reaches are also reached from the
// program's own packages mine and setup, so the program reports each
// once, at them.
package thirdparty

import "example.com/aaa/reg"

// ID is the name's handle.
var ID = reg.Register("thirdparty")

// Port is the port to listen on.
var Port = reg.MustPort("THIRDPARTY_PORT")
