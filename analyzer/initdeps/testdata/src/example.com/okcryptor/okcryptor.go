// Package okcryptor reads crypto's registered hashes during init.
package okcryptor

import (
	"crypto"

	_ "example.com/cryptow"
)

// Got is what the read gave during init.
var Got any

func init() {
	Got = crypto.MD4.Available()
}
