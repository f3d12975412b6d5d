// Package quit stops initialization with runtime.Goexit.
package quit

import (
	"os"
	"runtime"
)

func init() {
	if len(os.Args) > 99 {
		os.Exit(2)
	}
	runtime.Goexit()
}
