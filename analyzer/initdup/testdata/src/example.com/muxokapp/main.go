//go:debug httpmuxgo121=0

// Package main registers distinct patterns on the default ServeMux and
// the conflicting one on a ServeMux of its own: nothing panics.
package main

import (
	"fmt"
	"net/http"
	_ "net/http/pprof"

	_ "expvar"
)

var private = http.NewServeMux()

func init() {
	http.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {})
	http.HandleFunc("GET /debug/pprof/delta_heap", func(w http.ResponseWriter, r *http.Request) {})
	private.HandleFunc("/debug/pprof/delta_heap", func(w http.ResponseWriter, r *http.Request) {})
	private.HandleFunc("/debug/vars", func(w http.ResponseWriter, r *http.Request) {})
}

func main() { fmt.Println("ok") }
