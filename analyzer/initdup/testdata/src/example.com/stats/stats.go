// Package stats publishes the command line under the name expvar's own
// init already took.
package stats

import "expvar"

// Cmdline is the published command line.
var Cmdline = expvar.NewString("cmdline") // want `the init of stats registers expvar's published variables\["cmdline"\] again \(var Cmdline initializer → expvar.NewString\) after the init of expvar did \(expvar.init → expvar.Publish\): the init of stats panics with "Reuse of exported var name: cmdline" before main.main`
