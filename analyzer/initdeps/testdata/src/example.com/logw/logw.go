// Package logw writes log's default logger during init.
package logw

import (
	"io"
	"log"
)

func init() {
	log.SetOutput(io.Discard)
}
