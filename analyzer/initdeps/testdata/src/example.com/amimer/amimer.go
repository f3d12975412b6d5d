// Package amimer reads mime's extension types during init.
package amimer

import (
	"mime"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = mime.TypeByExtension(".fake") // want `the init of amimer reads mime's extension types\["\.fake"\] before the init of mimew writes it: the linker runs amimer first \(neither imports the other\), so it finds it empty`
}
