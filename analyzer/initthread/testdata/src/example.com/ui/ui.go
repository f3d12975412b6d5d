// Package ui wraps a toolkit that must run on the main thread.
package ui

// Draw renders a frame.
//
//initvet:mainthread
func Draw() {}

// Loop draws frames.
func Loop() {
	for i := 0; i < 3; i++ {
		Draw()
	}
}

// Background draws off the main thread.
func Background() {
	go Loop() // want `goroutine calls ui.Draw, which must run on the main OS thread \(ui.Loop → ui.Draw\)`
}
