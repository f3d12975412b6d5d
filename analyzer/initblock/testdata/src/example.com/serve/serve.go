// Package serve starts servers; fine from main, a hang from init.
package serve

import "net/http"

// Start serves forever.
func Start(addr string) error { return http.ListenAndServe(addr, nil) }

// Accept loops on a listener.
func Accept(addr string) {
	srv := &http.Server{Addr: addr}
	_ = srv.ListenAndServe()
}
