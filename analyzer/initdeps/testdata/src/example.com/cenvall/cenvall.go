// Package cenvall copies the whole environment during init: every entry,
// including the one envw sets later.
package cenvall

import "os"

// Env is the environment as init saw it.
var Env = os.Environ() // want `the init of cenvall reads os's environment before the init of envw writes it: the linker runs cenvall first \(neither imports the other\), so it finds it empty`
