// Package zcryptor reads crypto's registered hashes during init.
package zcryptor

import (
	"crypto"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = crypto.MD4.Available() // want `the init of zcryptor reads crypto's registered hashes(\[[^]]*\])? \(zcryptor.init → crypto.Hash.Available\) after the init of cryptow writes it.* only by the linker's order`
}
