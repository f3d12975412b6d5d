// Package tzw sets the time zone of the program during init.
package tzw

import "os"

func init() {
	os.Setenv("TZ", "UTC")
}
