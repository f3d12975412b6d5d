// Package chans must stay silent: goroutines that use their own
// channels, atomics, sync.Map and sync.Once.
package chans

import (
	"sync"
	"sync/atomic"
)

var results = make(chan int, 1)

var counter atomic.Int64

var seen sync.Map

var once sync.Once

var table map[string]int

func init() {
	go func() {
		results <- 1
		counter.Add(1)
		seen.Store("a", 1)
		once.Do(func() { table = map[string]int{} })
	}()
	counter.Add(1)
	seen.Store("b", 2)
	once.Do(func() { table = map[string]int{} })
}
