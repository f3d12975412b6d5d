// Package ahasher asks for SHA-512 during init, without importing
// crypto/sha512, which registers it.
package ahasher

import "crypto"

// Sum is computed during init.
var Sum []byte

func init() {
	if crypto.SHA512.Available() { // want `the init of ahasher reads crypto's registered hashes\["7"\] before the init of crypto/sha512 writes it: the linker runs ahasher first \(neither imports the other\), so it finds it empty`
		h := crypto.SHA512.New()
		Sum = h.Sum(nil)
	}
}
