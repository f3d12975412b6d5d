// Package c has init work and imports relay/a, which has none: c must
// still wait for relay/z, which a imports, although c does not import z.
//
// oracle: runs
package c

import "ex/relay/a"

var N int

func init() { N = a.Get() }
