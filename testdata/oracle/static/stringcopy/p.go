// Package stringcopy copies a string variable: staticcopy refuses
// strings (the linker's -X may change them), so the copy runs.
//
// oracle: runs
package stringcopy

var s = "a"
var T = s
