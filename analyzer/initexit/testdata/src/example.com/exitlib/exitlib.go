// Package exitlib has functions that end the program; they are fine
// until somebody calls them during init.
package exitlib

import (
	"log"
	"os"
	"runtime"
)

// MustLoad exits when the file cannot be read.
func MustLoad(name string) []byte {
	b, err := os.ReadFile(name)
	if err != nil {
		log.Fatalf("load %s: %v", name, err)
	}
	return b
}

// Stop ends the calling goroutine.
func Stop() { runtime.Goexit() }

// Quit exits through a helper.
func Quit() { die(2) }

func die(code int) { os.Exit(code) }
