// Package other, of a dependency module, reads a required setting during
// init: only it reaches that exit, which the program's authors cannot
// act on, so the program does not report it.
package other

import "example.com/aaa/reg"

// Home is the required setting.
var Home = reg.MustEnv("OTHER_HOME")
