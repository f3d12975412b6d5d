// Package main links two modules registered under the same id.
package main

import (
	_ "example.com/amod"
	_ "example.com/bmod" // want `the init of bmod registers modreg's modules\["cache"\] again \(bmod.init → modreg.Register\) after the init of amod did \(amod.init → modreg.Register\): the init of bmod panics before main.main`
)

func main() {}
