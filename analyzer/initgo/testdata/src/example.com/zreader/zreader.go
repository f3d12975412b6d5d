// Package zreader does not import cache, yet writes what cache's goroutine reads.
package zreader

import "example.com/shared"

func init() {
	shared.Counter = 10 // want `goroutine started during init of example.com/astarter \(astarter.init → go astarter.init.func1\) reads shared.Counter .* while the init of example.com/zreader \(which runs later in this program only by the linker's lexical order\) writes it`
}
