// Package zsetv sets the -vdef flag during init, after the package that
// defines it runs only because of the linker's order.
package zsetv

import "flag"

func init() {
	_ = flag.Set("vdef", "2")
}
