// Package stats publishes the command line under the name expvar's own
// init already took.
package stats

import "expvar"

// Cmdline is the published command line.
var Cmdline = expvar.NewString("cmdline")
