// Command metricdupapp links two packages that register the same metric
// name: run, it exits during init (TestRunExits).
package main

import (
	_ "example.com/metricdup"
	_ "example.com/metricjobs"
)

func main() { println("main.main ran") }
