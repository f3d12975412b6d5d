// Package actlog logs through a configurable action; one action ends the
// goroutine, and only an option that a program sets turns it on.
package actlog

import "runtime"

// Action is what a log line does.
type Action interface{ Do(line string) }

type write struct{}

func (write) Do(line string) { println(line) }

type stop struct{}

func (stop) Do(line string) {
	println(line)
	runtime.Goexit()
}

// Logger logs with an action.
type Logger struct{ act Action }

var std = &Logger{act: write{}}

// StopOnLog makes every log line end the calling goroutine.
func StopOnLog() { std.act = stop{} }

// Info logs a line.
func Info(line string) { std.act.Do(line) }
