// Package initgo defines an Analyzer that reports goroutines started
// during package initialization that race with later initialization or
// with main.
//
// # Analyzer initgo
//
// initgo: report goroutines started in init that race with later inits or main
//
// A goroutine started during init runs concurrently with the inits that
// follow it in the program's schedule and with main.main. If it reads a
// package variable that later code writes, or writes one that later code
// reads or writes, without synchronization, the program has a data race
// that the race detector catches only on runs where the two happen to
// overlap.
//
// The analyzer compares the variables the goroutine touches with the
// accesses of: the rest of the same package's init; the init of packages
// that import the goroutine's package (they run later); and, in package
// main, main.main and the inits that the program's schedule runs later.
// Accesses through sync and sync/atomic types, under a mutex, or inside
// sync.Once and friends count as synchronized. Goroutines that only use
// their own channels are fine.
package initgo
