// Package zenvr reads os's environment during init.
package zenvr

import (
	"os"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = os.Getenv("APP_MODE") // want `the init of zenvr reads os's environment(\[[^]]*\])? \(zenvr.init → os.Getenv\) after the init of envw writes it.* only by the linker's order`
}
