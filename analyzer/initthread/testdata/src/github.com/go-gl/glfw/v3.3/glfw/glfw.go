// Package glfw is a stand-in for the GLFW binding.
package glfw

// Init initializes GLFW.
func Init() error { return nil }

// Window is a window.
type Window struct{}

// CreateWindow creates a window.
func CreateWindow(width, height int, title string) (*Window, error) { return &Window{}, nil }

// PollEvents processes events.
func PollEvents() {}

// GetTime may be called from any thread.
func GetTime() float64 { return 0 }
