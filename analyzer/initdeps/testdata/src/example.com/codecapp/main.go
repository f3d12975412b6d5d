// Package main links map registries' writer and two readers, one of the
// entries the writer fills and one of other entries.
package main

import (
	"fmt"

	"example.com/acodecuser"
	"example.com/bcodecuser"
	_ "example.com/zcodec"
)

func main() {
	fmt.Println("acodecuser:", acodecuser.Zip == nil, acodecuser.Gz == nil)
	fmt.Println("bcodecuser:", bcodecuser.Tar == nil, bcodecuser.Bz == nil)
}
