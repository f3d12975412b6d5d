// Package cflags defines -log_dir through flag.CommandLine's method.
package cflags

import "flag"

// LogDir is where logs go.
var LogDir = flag.CommandLine.String("log_dir", "", "log directory") // want `the init of cflags registers flag's CommandLine flags\["log_dir"\] after the init of aflags did: it panics with "flag redefined: log_dir"`
