// Package astarter reads shared state from a goroutine started by init.
package astarter

import "example.com/shared"

func init() {
	go func() {
		println(shared.Counter)
	}()
}
