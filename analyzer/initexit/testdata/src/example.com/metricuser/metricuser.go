// Package metricuser registers three metrics in its initializers: the
// exit they can reach is one root cause, reported once (by the main
// package) at the first call that leaves the package, with the others as
// related positions.
package metricuser

import "example.com/metricreg"

var (
	requests = metricreg.Register("requests") // want `log.Fatalf can run during init \(in var requests initializer → metricreg.Register, on some paths\).*; reached from 3 inits`
	errors   = metricreg.Register("errors")
	latency  = metricreg.Register("latency")
)

// Handles returns the metrics' handles.
func Handles() []int { return []int{requests, errors, latency} }
