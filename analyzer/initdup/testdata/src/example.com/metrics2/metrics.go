// Package metrics2 counts requests too, under the same name.
package metrics2

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Requests counts requests.
var Requests = promauto.NewCounter(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests served."}) // want `the init of metrics2 registers prometheus's default registry\["http_requests_total"\] after the init of metrics1 did: it panics with "duplicate metrics collector registration attempted"`
