// Package metricdup registers a metric under a name metricjobs uses too:
// in a program linking both, the second registration ends the process
// before main.main.
package metricdup

import "example.com/metricreg"

var jobs = metricreg.Register("jobs") // want `log.Fatalf can run during init \(in var jobs initializer → metricreg.Register, on some paths\): the process exits before main.main and later inits; reached from 3 inits in 2 packages`

// Jobs returns the metric's handle.
func Jobs() int { return jobs }
