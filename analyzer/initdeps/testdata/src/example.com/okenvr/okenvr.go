// Package okenvr reads os's environment during init.
package okenvr

import (
	"os"

	_ "example.com/envw"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = os.Getenv("APP_MODE")
}
