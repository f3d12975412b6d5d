// Package blister uses only the "server_types" entry of the listing
// during init: the plugins, which fill other entries, cannot change it.
package blister

import (
	"slices"

	"example.com/listing"
)

// HasDNS is whether init saw the dns server type.
var HasDNS bool

func init() {
	listing.RegisterServerType("dns")
	HasDNS = slices.Contains(listing.List()["server_types"], "dns")
}
