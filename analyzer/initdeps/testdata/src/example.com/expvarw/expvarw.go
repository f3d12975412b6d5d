// Package expvarw writes expvar's published variables during init.
package expvarw

import (
	"expvar"
)

func init() {
	expvar.NewInt("requests")
}
