// Package zsetv sets the -vdef flag during init, after the package that
// defines it runs only because of the linker's order.
package zsetv

import "flag"

func init() {
	_ = flag.Set("vdef", "2") // want `the init of zsetv sets flag's CommandLine values\["vdef"\] after the init of vdef defines it only by the linker's order: else the definition panics with "flag vdef set at … before being defined"`
}
