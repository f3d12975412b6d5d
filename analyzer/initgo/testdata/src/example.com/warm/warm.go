// Package warm's init runs after cache's: it races with cache's goroutine.
package warm

import "example.com/cache"

func init() {
	cache.Entries["warm2"] = "z" // want `goroutine started during init of cache \(go warm\) writes cache\.Entries while the init of warm writes it, without synchronization: a data race`
	cache.Add("k")
}
