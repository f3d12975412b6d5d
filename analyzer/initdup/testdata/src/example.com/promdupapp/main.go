// Package main links two packages that register http_requests_total
// on the default Prometheus registry.
package main

import (
	"fmt"

	_ "example.com/metrics1"
	_ "example.com/metrics2" // want `the init of metrics2 registers prometheus's default registry\["http_requests_total"\] again \(var Requests initializer → promauto.NewCounter\) after the init of metrics1 did \(metrics1.init → prometheus.MustRegister\): the init of metrics2 panics with "duplicate metrics collector registration attempted" before main.main`
)

func main() { fmt.Println("unreachable") }
