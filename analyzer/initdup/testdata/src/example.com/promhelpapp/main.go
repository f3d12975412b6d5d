// Package main links two packages that register http_requests_total
// with different help strings.
package main

import (
	"fmt"

	_ "example.com/metrics1"
	_ "example.com/metrics4"
)

func main() { fmt.Println("unreachable") }
