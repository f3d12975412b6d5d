// Package fatalishuser logs through fatallog.Fatalish, whose exit
// function can be replaced: the flush goroutine may outlive init.
package fatalishuser

import (
	"os"

	"example.com/fatallog"
)

func init() {
	if os.Getenv("FATALISHUSER_CONFIG") == "" {
		fatallog.Fatalish("no configuration")
	}
}
