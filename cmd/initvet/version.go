package main

import (
	"runtime"
	"runtime/debug"
)

// version describes this build of initvet.
func version() string {
	v := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		v = info.Main.Version
	}
	return "initvet " + v + " " + runtime.Version()
}
