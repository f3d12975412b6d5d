// Package main waits during init for a channel that only main.main
// closes: main.main never runs, and the program deadlocks.
package main

var ready = make(chan struct{})

func init() {
	<-ready // want `blocks forever \(main.init → receive from ready \(only main.main or a later init sends\)\)`
}

func main() {
	close(ready)
}
