// Package envw writes os's environment during init.
package envw

import (
	"os"
)

func init() {
	os.Setenv("APP_MODE", "fast")
}
