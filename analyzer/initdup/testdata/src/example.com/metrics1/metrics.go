// Package metrics1 counts requests, registered in init.
package metrics1

import "github.com/prometheus/client_golang/prometheus"

// Requests counts requests.
var Requests = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "http", Name: "requests_total", Help: "Requests served."})

func init() {
	prometheus.MustRegister(Requests)
}
