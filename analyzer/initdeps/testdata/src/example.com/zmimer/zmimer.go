// Package zmimer reads mime's extension types during init.
package zmimer

import (
	"mime"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = mime.TypeByExtension(".fake") // want `the init of zmimer reads mime's extension types(\[[^]]*\])? \(zmimer.init → mime.TypeByExtension\) after the init of mimew writes it.* only by the linker's order`
}
