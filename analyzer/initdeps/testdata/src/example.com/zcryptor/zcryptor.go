// Package zcryptor reads crypto's registered hashes during init.
package zcryptor

import (
	"crypto"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = crypto.MD4.Available() // want `the init of zcryptor reads crypto's registered hashes\["1"\] after the init of cryptow writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
