// Package zexpvarr reads expvar's published variables during init.
package zexpvarr

import (
	"expvar"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = expvar.Get("requests")
}
