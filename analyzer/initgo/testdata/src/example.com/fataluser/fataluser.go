// Package fataluser logs a fatal error during init when its
// configuration is missing: the flush goroutine then ends with the
// process.
package fataluser

import (
	"os"

	"example.com/fatallog"
)

func init() {
	if os.Getenv("FATALUSER_CONFIG") == "" {
		fatallog.Fatal("no configuration")
	}
}
