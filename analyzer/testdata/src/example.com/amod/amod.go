// Package amod registers a module called "cache".
package amod

import "example.com/modreg"

func init() {
	modreg.Register("cache", func() {})
}
