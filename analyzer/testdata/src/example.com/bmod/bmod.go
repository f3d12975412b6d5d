// Package bmod registers a module called "cache".
package bmod

import "example.com/modreg"

func init() {
	modreg.Register("cache", func() {})
}
