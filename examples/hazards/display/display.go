// Package display draws the status window. Its toolkit must run on the
// main thread, so it locks it while the program starts.
package display

import "runtime"

func init() {
	runtime.LockOSThread()
}

// Show draws the window.
func Show() {}
