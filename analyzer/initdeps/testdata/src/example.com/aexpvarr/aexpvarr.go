// Package aexpvarr reads expvar's published variables during init.
package aexpvarr

import (
	"expvar"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = expvar.Get("requests") // want `the init of aexpvarr reads expvar's published variables(\[[^]]*\])? \(aexpvarr.init → expvar.Get\) before the init of expvarw writes it`
}
