// Package vdef defines the -v and -vdef flags, as klog does.
package vdef

import "flag"

// V is the verbosity.
var V = flag.Int("v", 0, "verbosity")

// VDef is another verbosity.
var VDef = flag.Int("vdef", 0, "verbosity")
