// Package gl stands for a graphics binding that must run on the main thread.
package gl

import "runtime"

func init() {
	runtime.LockOSThread()
}
