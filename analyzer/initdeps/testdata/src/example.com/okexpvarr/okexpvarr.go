// Package okexpvarr reads expvar's published variables during init.
package okexpvarr

import (
	"expvar"

	_ "example.com/expvarw"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = expvar.Get("requests")
}
