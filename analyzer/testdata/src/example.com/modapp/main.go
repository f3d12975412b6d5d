// Package main links two modules registered under the same id.
package main

import (
	_ "example.com/amod"
	_ "example.com/bmod" // want `the init of example.com/bmod registers example.com/modreg's modules\["cache"\] again \(bmod.init → modreg.Register\) after the init of example.com/amod did \(amod.init → modreg.Register\): the init of example.com/bmod panics before main.main`
)

func main() {}
