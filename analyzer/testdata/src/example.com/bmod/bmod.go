// Package bmod registers a module called "cache".
package bmod

import "example.com/modreg"

func init() {
	modreg.Register("cache", func() {}) // want `the init of bmod registers modreg's modules\["cache"\] again \(bmod.init → modreg.Register\) after the init of amod did \(amod.init → modreg.Register\): the init of bmod panics before main.main`
}
