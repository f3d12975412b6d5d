// Package acryptor reads crypto's registered hashes during init.
package acryptor

import (
	"crypto"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = crypto.MD4.Available() // want `the init of acryptor reads crypto's registered hashes\["1"\] before the init of cryptow writes it: the linker runs acryptor first \(neither imports the other\), so it finds it empty`
}
