// Package main locks the main thread in init, the correct pattern: silent.
package main

import (
	"runtime"

	"github.com/go-gl/glfw/v3.3/glfw"

	"example.com/ui"
)

func init() {
	runtime.LockOSThread()
}

func main() {
	glfw.Init()
	w, _ := glfw.CreateWindow(640, 480, "demo")
	_ = w
	for {
		ui.Draw()
		glfw.PollEvents()
	}
}
