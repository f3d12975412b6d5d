// Package zexpvarr reads expvar's published variables during init.
package zexpvarr

import (
	"expvar"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = expvar.Get("requests") // want `the init of zexpvarr reads expvar's published variables\["requests"\] after the init of expvarw writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
