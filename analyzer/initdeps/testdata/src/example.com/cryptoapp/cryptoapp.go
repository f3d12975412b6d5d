package main

import (
	_ "example.com/acryptor" // want `the init of acryptor reads crypto's registered hashes(\[[^]]*\])? \(acryptor.init → crypto.Hash.Available\) before the init of cryptow writes it`
	_ "example.com/cryptow"
	_ "example.com/okcryptor"
	_ "example.com/zcryptor" // want `the init of zcryptor reads crypto's registered hashes(\[[^]]*\])? \(zcryptor.init → crypto.Hash.Available\) after the init of cryptow writes it.* only by the linker's order`
)

func main() {}
