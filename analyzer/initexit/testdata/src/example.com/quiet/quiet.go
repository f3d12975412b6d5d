// Package quiet must stay silent: exits that do not run during init.
package quiet

import (
	"log"
	"net/http"
	"os"
	"runtime"

	"example.com/exitlib"
)

// A function value that exits is stored, not called.
var onFatal = func() { os.Exit(1) }

var handlers = map[string]func(){"quit": exitlib.Quit}

func init() {
	// Goexit in a goroutine started during init ends that goroutine only.
	go func() {
		runtime.Goexit()
	}()
	// Registered for later: runs when a request arrives, after main starts.
	http.HandleFunc("/quit", func(http.ResponseWriter, *http.Request) { os.Exit(0) })
}

// Run exits, but only main calls it.
func Run() {
	if len(os.Args) < 2 {
		log.Fatal("usage: quiet arg")
	}
	exitlib.Stop()
}

func main() {
	Run()
	onFatal()
	handlers["quit"]()
}

// Start is called by main: the Goexit ends only the goroutine.
func Start() {
	go func() {
		runtime.Goexit()
	}()
}
