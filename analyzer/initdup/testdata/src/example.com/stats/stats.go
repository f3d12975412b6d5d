// Package stats publishes the command line under the name expvar's own
// init already took.
package stats

import "expvar"

// Cmdline is the published command line.
var Cmdline = expvar.NewString("cmdline") // want `the init of stats registers expvar's published variables\["cmdline"\] after the init of expvar did: it panics with "Reuse of exported var name: cmdline"`
