package main

import (
	_ "example.com/areader" // want `the init of areader reads codec.s codecs \(var JSON initializer → codec.Lookup\) before the init of zwriter writes it`
	_ "example.com/zwriter"
)

func main() {}
