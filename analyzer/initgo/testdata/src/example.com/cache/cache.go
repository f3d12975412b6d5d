// Package cache warms itself up in a goroutine started by init.
package cache

import "sync"

// Entries is filled by the warm-up goroutine.
var Entries = map[string]string{}

var hits int

var mu sync.Mutex

var guarded = map[string]int{}

func init() {
	go warm() // want `goroutine started during init of cache \(go warm\) writes cache\.Entries while the rest of its init writes it, without synchronization: a data race`
	Entries["default"] = "x"
}

func warm() {
	Entries["warm"] = "y"
	hits++
	mu.Lock()
	guarded["warm"]++
	mu.Unlock()
}

// Hits reads the counter.
func Hits() int { return hits }

// Add writes under the mutex: synchronized with warm.
func Add(k string) {
	mu.Lock()
	defer mu.Unlock()
	guarded[k]++
}
