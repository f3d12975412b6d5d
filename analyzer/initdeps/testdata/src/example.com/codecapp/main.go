// Package main links map registries' writer and two readers, one of the
// entries the writer fills and one of other entries.
package main

import (
	"fmt"

	"example.com/acodecuser" // want `the init of acodecuser reads codecs.formats\["zip"\] \(var Zip initializer → codecs.Lookup → codecs.formats\) before the init of zcodec writes it` `the init of acodecuser reads codecs.named\["gz"\] \(var Gz initializer → codecs.Named → codecs.named\) before the init of zcodec writes it`
	"example.com/bcodecuser"
	_ "example.com/zcodec"
)

func main() {
	fmt.Println("acodecuser:", acodecuser.Zip == nil, acodecuser.Gz == nil)
	fmt.Println("bcodecuser:", bcodecuser.Tar == nil, bcodecuser.Bz == nil)
}
