// Package main links libraries whose inits reach exits in other
// packages' code: each exit is one finding, reported here, at the call
// of the first package to run that leaves its own code.
package main

import (
	_ "example.com/actuser"
	_ "example.com/exitquiet"
	_ "example.com/exits"
	_ "example.com/metricjobs"
	_ "example.com/metricuser"
)

func main() {}
