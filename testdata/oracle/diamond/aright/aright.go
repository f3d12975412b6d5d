// Package aright is the right side of the diamond.
//
// oracle: runs
package aright

import "ex/diamond/base"

var N = base.N + 2
