// Package zenvr reads os's environment during init.
package zenvr

import (
	"os"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = os.Getenv("APP_MODE")
}
