// Package okhasher asks for SHA-512 during init and imports the package
// that registers it, so that registration runs first; it also asks for
// MD5 (crypto.MD5), which nothing in the program registers during init.
package okhasher

import (
	"crypto"
	_ "crypto/sha512"
)

// Sum is computed during init.
var Sum []byte

func init() {
	Sum = crypto.SHA512.New().Sum(nil)
	_ = crypto.MD5.Available()
}
