// Package promauto is a stand-in for the Prometheus client's promauto:
// constructors that register their metric on the default registry.
package promauto

import "github.com/prometheus/client_golang/prometheus"

// NewCounter makes a counter and registers it.
func NewCounter(opts prometheus.CounterOpts) prometheus.Counter {
	c := prometheus.NewCounter(opts)
	prometheus.MustRegister(c)
	return c
}
