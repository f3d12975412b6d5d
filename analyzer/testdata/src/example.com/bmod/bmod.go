// Package bmod registers a module called "cache".
package bmod

import "example.com/modreg"

func init() {
	modreg.Register("cache", func() {}) // want `the init of bmod registers modreg's modules\["cache"\] after the init of amod did: it panics`
}
