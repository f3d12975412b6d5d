// Package lazyflags defines its flags only when main asks (Flags), and
// detects during init with whatever flags exist then: none, so its init
// reads nil pointers, not flags. A second detection after defining them
// in init does read the flags' defaults.
package lazyflags

import "flag"

var (
	fast  *bool
	level int
)

// Flags defines the package's flags; call it before flag.Parse.
func Flags() {
	fast = flag.Bool("fast", false, "go fast")
	flag.IntVar(&level, "level", 1, "level")
}

// Mode is what Detect found.
var Mode string

// Detect sets Mode from the flags, if they are defined.
func Detect() {
	Mode = "safe"
	if fast != nil && *fast || level > 1 {
		Mode = "fast"
	}
}

func init() {
	Detect()
}
