// Package bflags defines -log_dir too, as klog does beside glog.
package bflags

import "flag"

// LogDir is where logs go.
var LogDir string

func init() {
	flag.StringVar(&LogDir, "log_dir", "", "log directory") // want `the init of bflags registers flag's CommandLine flags\["log_dir"\] after the init of aflags did: it panics with "flag redefined: log_dir"`
}
