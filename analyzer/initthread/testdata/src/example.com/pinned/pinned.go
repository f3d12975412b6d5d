// Package main imports a library whose init locks the thread, so
// main.main runs on the main thread: silent here (gfx is reported).
package main

import (
	_ "example.com/gfx"

	"example.com/ui"
)

func main() { ui.Draw() }
