// Package aenvwrap reads APP_MODE during init through helpers that take
// the name: the key is the constant its caller passes.
package aenvwrap

import "example.com/envlib"

// Fast is read during init.
var Fast = mode("APP_MODE")

func mode(name string) bool { return envlib.Bool(name) } // want `the init of aenvwrap reads os's environment\["APP_MODE"\] before the init of envw writes it: the linker runs aenvwrap first \(neither imports the other\), so it finds it empty`
