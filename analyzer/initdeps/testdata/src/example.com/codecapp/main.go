// Package main links a map registry's writer and two readers, one of
// the entry the writer fills and one of another entry.
package main

import (
	"fmt"

	"example.com/acodecuser" // want `the init of example.com/acodecuser reads example.com/codecs.formats\["zip"\] \(var Zip initializer → codecs.Lookup → codecs.formats\) before the init of example.com/zcodec writes it`
	"example.com/bcodecuser"
	_ "example.com/zcodec"
)

func main() {
	fmt.Println("acodecuser:", acodecuser.Zip == nil)
	fmt.Println("bcodecuser:", bcodecuser.Tar == nil)
}
