// Package metrics2 counts requests too, under the same name.
package metrics2

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Requests counts requests.
var Requests = promauto.NewCounter(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests served."})
