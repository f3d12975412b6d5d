// Package aexpvarr reads expvar's published variables during init.
package aexpvarr

import (
	"expvar"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = expvar.Get("requests") // want `the init of aexpvarr reads expvar's published variables\["requests"\] before the init of expvarw writes it: the linker runs aexpvarr first \(neither imports the other\), so it finds it empty`
}
