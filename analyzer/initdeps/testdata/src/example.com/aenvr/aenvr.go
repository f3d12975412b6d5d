// Package aenvr reads os's environment during init.
package aenvr

import (
	"os"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = os.Getenv("APP_MODE") // want `the init of aenvr reads os's environment\["APP_MODE"\] before the init of envw writes it: the linker runs aenvr first \(neither imports the other\), so it finds it empty`
}
