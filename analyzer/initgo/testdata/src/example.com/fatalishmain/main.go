package main

import (
	_ "example.com/fatalishuser"
	"example.com/fatallog"
)

func main() {
	fatallog.SetLevel(2) // want `goroutine started during init of fatalishuser \(go fatallog\.timeoutFlush\.func1\) reads fatallog\.level while main\.main writes it, without synchronization: a data race`
}
