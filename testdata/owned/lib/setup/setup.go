// Package setup, of a module of the program's go.work workspace (its
// authors' own code, like the program's module), reads a port during
// init: the exit it reaches is also reached from the dependency
// thirdparty, which runs first, so the program reports it at setup.
package setup

import "example.com/aaa/reg"

// Port is the port to listen on.
var Port = reg.MustPort("SETUP_PORT")
