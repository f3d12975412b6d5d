//go:debug httpmuxgo121=0

// Package main links a profile handler beside net/http/pprof: Go 1.22's
// ServeMux finds "GET /debug/pprof/" and "/debug/pprof/delta_heap"
// conflicting, as neither is more specific.
package main

import (
	"fmt"

	_ "example.com/deltaprof"
	_ "net/http/pprof" // want `the init of http/pprof registers "GET /debug/pprof/" on http.DefaultServeMux, which conflicts with "/debug/pprof/delta_heap" from the init of deltaprof: it panics before main.main`
)

func main() { fmt.Println("unreachable") }
