// Package zenvr reads os's environment during init.
package zenvr

import (
	"os"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = os.Getenv("APP_MODE") // want `the init of zenvr reads os's environment\["APP_MODE"\] after the init of envw writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
