// Package main links a plugin and two packages that list plugins during
// init: one uses the entry the plugins fill, the other another entry.
package main

import (
	"fmt"

	"example.com/alister" // want `the init of alister reads listing.plugins \(var HasPprof initializer → listing.List → listing.plugins\) before the init of zlisted writes it` `the init of alister reads listing.serverTypes \(var AllPprof initializer → listing.Everything → listing.serverTypes\) before the init of blister writes it`
	"example.com/blister"
	_ "example.com/zlisted"
)

func main() {
	fmt.Println("alister:", alister.HasPprof, alister.AllPprof, alister.Many)
	fmt.Println("blister:", blister.HasDNS)
}
