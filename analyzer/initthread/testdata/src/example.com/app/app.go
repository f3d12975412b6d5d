package main

import (
	"github.com/go-gl/glfw/v3.3/glfw"

	"example.com/ui"
)

func main() {
	if err := glfw.Init(); err != nil { // want `glfw.Init must run on the main OS thread, but main.main is not locked to it \(main.main → glfw.Init\)`
		panic(err)
	}
	_ = glfw.GetTime()
	ui.Loop()            // want `ui.Draw must run on the main OS thread, but main.main is not locked to it \(main.main → ui.Loop → ui.Draw\)`
	go glfw.PollEvents() // want `goroutine calls glfw.PollEvents`
}
