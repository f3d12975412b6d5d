// Package ahasher asks for SHA-512 during init, without importing
// crypto/sha512, which registers it.
package ahasher

import "crypto"

// Sum is computed during init.
var Sum []byte

func init() {
	if crypto.SHA512.Available() {
		h := crypto.SHA512.New()
		Sum = h.Sum(nil)
	}
}
