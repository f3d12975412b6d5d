// Package main links two copies of a driver.
package main

import (
	"fmt"

	_ "example.com/pq1"
	_ "example.com/pq2" // want `the init of pq2 registers sql's registered drivers\["postgres"\] again \(pq2.init → sql.Register\) after the init of pq1 did \(pq1.init → sql.Register\): the init of pq2 panics with "sql: Register called twice for driver postgres" before main.main`
)

func main() { fmt.Println("unreachable") }
