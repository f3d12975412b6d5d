// Package main links two packages that register http_requests_total
// on the default Prometheus registry.
package main

import (
	"fmt"

	_ "example.com/metrics1"
	_ "example.com/metrics2"
)

func main() { fmt.Println("unreachable") }
