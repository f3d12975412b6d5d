// Package vdef defines the -v and -vdef flags, as klog does.
package vdef

import "flag"

// V is the verbosity.
var V = flag.Int("v", 0, "verbosity") // want `the init of asetv sets flag's CommandLine values\["v"\] before the init of vdef defines it: the definition panics with "flag v set at … before being defined" before main\.main`

// VDef is another verbosity.
var VDef = flag.Int("vdef", 0, "verbosity")
