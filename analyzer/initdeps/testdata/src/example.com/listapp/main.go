// Package main links a plugin and two packages that list plugins during
// init: one uses the entry the plugins fill, the other another entry.
package main

import (
	"fmt"

	"example.com/alister"
	"example.com/blister"
	_ "example.com/zlisted"
)

func main() {
	fmt.Println("alister:", alister.HasPprof, alister.AllPprof, alister.Many)
	fmt.Println("blister:", blister.HasDNS)
}
