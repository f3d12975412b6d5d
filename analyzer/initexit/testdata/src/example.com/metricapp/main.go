// Package main links one library whose three initializers reach the
// same exit in another package: one finding, "reached from 3 inits".
package main

import _ "example.com/metricuser"

func main() {}
