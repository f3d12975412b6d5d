// Package envw2 writes another environment variable during init: the
// readers of APP_MODE are unrelated to it (keyed state).
package envw2

import "os"

func init() {
	os.Setenv("APP_LEVEL", "2")
}
