//go:debug httpmuxgo121=1

// Package main links the same handlers as muxdupapp under the Go 1.21
// ServeMux, which panics only on the same path registered twice.
package main

import (
	"fmt"

	_ "example.com/deltaprof"
	_ "net/http/pprof"
)

func main() { fmt.Println("ok") }
