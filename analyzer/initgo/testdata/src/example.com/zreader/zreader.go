// Package zreader does not import cache, yet writes what cache's goroutine reads.
package zreader

import "example.com/shared"

func init() {
	shared.Counter = 10 // want `goroutine started during init of astarter \(go astarter\.init\.func1\) reads shared\.Counter while the init of zreader \(later only by the linker's order\) writes it, without synchronization: a data race`
}
