// Package main links packages whose flags, drivers and variables have
// distinct names.
package main

import (
	"expvar"
	"fmt"

	_ "example.com/aflags"
	_ "example.com/okflags"
	_ "example.com/pq1"
)

var requests = expvar.NewInt("requests")

func main() { fmt.Println(requests.Value()) }
