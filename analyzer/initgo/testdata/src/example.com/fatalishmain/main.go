package main

import (
	_ "example.com/fatalishuser"
	"example.com/fatallog"
)

func main() {
	fatallog.SetLevel(2) // want `goroutine started during init of example.com/fatalishuser \(fatalishuser.init → … → fatallog.timeoutFlush → go fatallog.timeoutFlush.func1\) reads fatallog.level`
}
