// Package modreg is a plugin system's module registry: registering an
// id twice panics. Its map is a sync.Map, so only a model that names
// Register as a registry keyed by its first argument sees duplicates.
package modreg

import "sync"

var mods sync.Map

// Register adds the module id; a second registration of id panics.
func Register(id string, start func()) {
	if _, loaded := mods.LoadOrStore(id, start); loaded {
		panic("module already registered: " + id)
	}
}
