// Package cryptow writes crypto's registered hashes during init.
package cryptow

import (
	"crypto"
	"hash"
)

func init() {
	crypto.RegisterHash(crypto.MD4, func() hash.Hash { return nil })
}
