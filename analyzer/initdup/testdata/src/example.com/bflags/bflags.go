// Package bflags defines -log_dir too, as klog does beside glog.
package bflags

import "flag"

// LogDir is where logs go.
var LogDir string

func init() {
	flag.StringVar(&LogDir, "log_dir", "", "log directory")
}
