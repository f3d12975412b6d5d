// Package cflags defines -log_dir through flag.CommandLine's method.
package cflags

import "flag"

// LogDir is where logs go.
var LogDir = flag.CommandLine.String("log_dir", "", "log directory")
