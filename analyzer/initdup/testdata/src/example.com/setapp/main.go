// Package main links a package that sets a flag before the package that
// defines it runs, and one that sets another after it by luck.
package main

import (
	"fmt"

	_ "example.com/asetv"
	_ "example.com/vdef"  // want `the init of asetv sets flag's CommandLine values\["v"\] \(asetv.init → flag.Set\) before the init of vdef defines it \(var V initializer → flag.Int\): the definition panics with "flag v set at … before being defined" before main.main`
	_ "example.com/zsetv" // want `the init of zsetv sets flag's CommandLine values\["vdef"\] \(zsetv.init → flag.Set\) after the init of vdef defines it only by the linker's order`
)

func main() { fmt.Println("unreachable") }
