// Package main links two copies of a driver.
package main

import (
	"fmt"

	_ "example.com/pq1"
	_ "example.com/pq2"
)

func main() { fmt.Println("unreachable") }
