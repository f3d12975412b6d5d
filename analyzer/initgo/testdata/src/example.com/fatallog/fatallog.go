// Package fatallog flushes in a goroutine before it exits, as klog's
// fatal path does: the goroutine cannot outlive init when init logs a
// fatal error, since the process exits right after. With exitVia set by
// a function too, the exit is not known and the goroutine may outlive
// init.
package fatallog

import (
	"os"
	"time"
)

// OsExit ends the process; only its initializer sets it.
var OsExit = os.Exit

var exitVia = os.Exit

// SetExit replaces how Fatalish exits.
func SetExit(f func(int)) { exitVia = f }

var level int

func flush() {
	if level > 0 {
		os.Stderr.WriteString("flushed\n")
	}
}

func timeoutFlush() {
	done := make(chan bool, 1)
	go func() {
		flush()
		done <- true
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

// Fatal logs msg, flushes and exits.
func Fatal(msg string) {
	os.Stderr.WriteString(msg + "\n")
	timeoutFlush()
	OsExit(1)
}

// Fatalish logs msg, flushes and exits through exitVia.
func Fatalish(msg string) {
	os.Stderr.WriteString(msg + "\n")
	timeoutFlush()
	exitVia(1)
}

// SetLevel sets the level.
func SetLevel(l int) { level = l }
