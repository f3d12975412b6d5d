// Package localcopy copies a same-package variable initialized by a
// literal: staticcopy turns it into data.
//
// oracle: no init
package localcopy

var x = 1
var Y = x

var p = &x
var Q = p
