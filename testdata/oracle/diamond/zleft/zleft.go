// Package zleft is the left side of the diamond; it sorts after aright,
// so it runs after it although top imports it first.
//
// oracle: runs
package zleft

import "ex/diamond/base"

var N = base.N + 1
