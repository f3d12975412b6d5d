// Package alister uses the "others" and "all" entries of the listings
// during init, which the plugins fill: the later registration of a
// plugin is missed.
package alister

import (
	"slices"

	"example.com/listing"
)

// HasPprof is whether init saw the pprof plugin.
var HasPprof = slices.Contains(listing.List()["others"], "pprof") // want `the init of alister reads listing\.plugins before the init of zlisted writes it: the linker runs alister first \(neither imports the other\), so it finds it empty`

// AllPprof is whether init saw it among all names.
var AllPprof = slices.Contains(listing.Everything()["all"], "pprof") // want `the init of alister reads listing\.serverTypes before the init of blister writes it: the linker runs alister first \(neither imports the other\), so it finds it empty`

// Many is whether init saw many plugins.
var Many = listing.List()["many"] != nil
