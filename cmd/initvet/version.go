package main

import (
	"runtime"
	"runtime/debug"
)

// version describes this build of initvet and its Go release.
func version() string {
	return "initvet " + moduleVersion() + " " + runtime.Version()
}

// moduleVersion is the version of the initvet module in this build.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
