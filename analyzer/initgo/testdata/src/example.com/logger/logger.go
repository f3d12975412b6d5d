// Package logger keeps its state in a value guarded by its own mutex:
// its methods lock it, so a goroutine started during init that logs
// does not race with main.main reconfiguring it.
package logger

import (
	"io"
	"os"
	"sync"
)

// Logger writes lines.
type Logger struct {
	mu     sync.Mutex
	out    io.Writer
	prefix string
}

// Std is the default logger.
var Std = Logger{out: os.Stderr}

// Print writes a line.
func (l *Logger) Print(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(l.out, l.prefix+s+"\n")
}

// SetPrefix changes the prefix.
func (l *Logger) SetPrefix(p string) {
	l.mu.Lock()
	l.prefix = p
	l.mu.Unlock()
}

func init() {
	go func() { Std.Print("started") }()
}
