// Package main links crypto/sha512 only for its registration: the
// standard library's own init registers SHA-384 and SHA-512, and the
// analysis derives that from its code.
package main

import (
	_ "crypto/sha512"

	_ "example.com/ahasher" // want `the init of ahasher reads crypto's registered hashes\["7"\] \(ahasher.init → crypto.Hash.Available\) before the init of crypto/sha512 writes it: unrelated, and the linker runs ahasher first, so it finds the state empty; import crypto/sha512 from ahasher$`
	_ "example.com/okhasher"
)

func main() {}
