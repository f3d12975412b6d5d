package main

import (
	_ "example.com/areader" // want `the init of example.com/areader reads example.com/codec.s codecs \(var JSON initializer → codec.Lookup\) before the init of example.com/zwriter writes it`
	_ "example.com/zwriter"
)

func main() {}
