// Package main links crypto/sha512 only for its registration: the
// standard library's own init registers SHA-384 and SHA-512, and the
// analysis derives that from its code.
package main

import (
	_ "crypto/sha512"

	_ "example.com/ahasher"
	_ "example.com/okhasher"
)

func main() {}
