// Package aflags defines -log_dir on the command line, as glog does.
package aflags

import "flag"

// LogDir is where logs go.
var LogDir = flag.String("log_dir", "", "log directory")
