// Package license checks the license key when the program starts.
package license

import (
	"log"
	"os"
)

func init() {
	if os.Getenv("HAZARDS_LICENSE") == "" {
		log.Fatal("license: HAZARDS_LICENSE is not set")
	}
}
