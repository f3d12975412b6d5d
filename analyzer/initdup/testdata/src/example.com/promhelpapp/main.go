// Package main links two packages that register http_requests_total
// with different help strings.
package main

import (
	"fmt"

	_ "example.com/metrics1"
	_ "example.com/metrics4" // want `the init of metrics4 registers prometheus's default registry\["http_requests_total"\] again \(var Requests initializer → promauto.NewCounter\) after the init of metrics1 did \(metrics1.init → prometheus.MustRegister\): the init of metrics4 panics with "a previously registered descriptor with the same fully-qualified name as Desc{fqName: \\"http_requests_total\\", …} has different label names or a different help string" before main.main`
)

func main() { fmt.Println("unreachable") }
