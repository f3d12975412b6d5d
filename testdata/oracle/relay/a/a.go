// Package a has no init work of its own but imports z, which has: a gets
// an init task without functions that orders c after z.
//
// oracle: no init
package a

import "ex/relay/z"

// Get returns z's value.
func Get() int { return z.N }
