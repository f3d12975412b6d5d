// Package metricjobs registers two metrics in its initializers, through
// the same exit as metricuser's three: in a program linking both, that
// exit is one finding, at the first call of the package that runs first
// (this one: neither imports the other, and the linker sorts them). On
// its own, a library reports no exit in another package's code: only
// package main's pass sees every package that reaches it.
package metricjobs

import "example.com/metricreg"

var (
	jobs    = metricreg.Register("jobs") // want `log.Fatalf can run during init \(in var jobs initializer → metricreg.Register, on some paths\): the process exits before main.main and later inits; reached from 5 inits in 2 packages`
	retries = metricreg.Register("retries")
)

// Handles returns the metrics' handles.
func Handles() []int { return []int{jobs, retries} }
