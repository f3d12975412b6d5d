// Package amimer reads mime's extension types during init.
package amimer

import (
	"mime"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = mime.TypeByExtension(".fake")
}
