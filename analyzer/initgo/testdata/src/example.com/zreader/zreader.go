// Package zreader does not import cache, yet writes what cache's goroutine reads.
package zreader

import "example.com/shared"

func init() {
	shared.Counter = 10
}
