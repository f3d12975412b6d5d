// Package zmimer reads mime's extension types during init.
package zmimer

import (
	"mime"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = mime.TypeByExtension(".fake") // want `the init of zmimer reads mime's extension types\["\.fake"\] after the init of mimew writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
