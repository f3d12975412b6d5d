// Package metrics4 counts requests under metrics1's name, with another
// help string.
package metrics4

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Requests counts requests.
var Requests = promauto.NewCounter(prometheus.CounterOpts{Namespace: "http", Name: "requests_total", Help: "All requests."})
