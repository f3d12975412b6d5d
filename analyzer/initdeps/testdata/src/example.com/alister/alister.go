// Package alister uses the "others" and "all" entries of the listings
// during init, which the plugins fill: the later registration of a
// plugin is missed.
package alister

import (
	"slices"

	"example.com/listing"
)

// HasPprof is whether init saw the pprof plugin.
var HasPprof = slices.Contains(listing.List()["others"], "pprof")

// AllPprof is whether init saw it among all names.
var AllPprof = slices.Contains(listing.Everything()["all"], "pprof")

// Many is whether init saw many plugins.
var Many = listing.List()["many"] != nil
