// Package mine registers a name during init.
package mine

import "example.com/aaa/reg"

// ID is the name's handle.
var ID = reg.Register("mine")
