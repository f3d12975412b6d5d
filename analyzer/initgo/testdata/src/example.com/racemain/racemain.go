package main

import (
	"fmt"

	"example.com/cache"
	_ "example.com/warm"
)

func main() {
	fmt.Println(cache.Hits()) // want `goroutine started during init of example.com/cache \(cache.init → go warm\) writes cache.hits \(cache.warm → cache.hits\) while main.main reads it \(main.main → cache.Hits → cache.hits\)`
}
