// Package metrics4 counts requests under metrics1's name, with another
// help string.
package metrics4

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Requests counts requests.
var Requests = promauto.NewCounter(prometheus.CounterOpts{Namespace: "http", Name: "requests_total", Help: "All requests."}) // want `the init of metrics4 registers prometheus's default registry\["http_requests_total"\] after the init of metrics1 did: it panics with "a previously registered descriptor with the same fully-qualifie…"`
