package main

import "example.com/gui"

func main() {
	_ = gui.Title()
	gui.Show() // want `gui.Show must run on the main OS thread, but main.main is not locked to it`
}
