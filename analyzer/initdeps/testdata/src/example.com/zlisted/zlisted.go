// Package zlisted registers a plugin; only main imports it, and it
// sorts after the packages that list plugins.
package zlisted

import "example.com/listing"

func init() {
	listing.RegisterPlugin("pprof")
}
