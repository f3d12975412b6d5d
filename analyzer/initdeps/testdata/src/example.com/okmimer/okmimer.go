// Package okmimer reads mime's extension types during init.
package okmimer

import (
	"mime"

	_ "example.com/mimew"
	_ "example.com/mimew2"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = mime.TypeByExtension(".fake")
}
