// Package metrics3 counts errors, and requests on a registry of its own.
package metrics3

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Errors counts errors.
var Errors = promauto.NewCounter(prometheus.CounterOpts{Namespace: "http", Name: "errors_total", Help: "Errors."})

// Registry is the package's own.
var Registry = prometheus.NewRegistry()

func init() {
	Registry.MustRegister(prometheus.NewCounter(prometheus.CounterOpts{Namespace: "http", Name: "requests_total"}))
}
