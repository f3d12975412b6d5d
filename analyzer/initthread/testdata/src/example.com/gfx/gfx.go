// Package gfx pins the main thread in its init.
package gfx

import "runtime"

func init() {
	runtime.LockOSThread() // want `runtime.LockOSThread during init \(in gfx.init\): the lock outlives init`
}

func init() {
	// Balanced: this init gives the thread back.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
}
