// Package okflags defines -log_dir on a flag set of its own, and
// another name on the command line: neither collides.
package okflags

import "flag"

var fs = flag.NewFlagSet("okflags", flag.ContinueOnError)

// LogDir is where logs go.
var LogDir = fs.String("log_dir", "", "log directory")

// Level is the log level.
var Level = flag.Int("ok_level", 0, "log level")
