// Package asetv sets the -v flag during init, as a library that wants
// verbose logs by default does, without importing the package that
// defines it.
package asetv

import "flag"

func init() {
	_ = flag.Set("v", "2")
}
