package main

import (
	"fmt"

	"example.com/cache"
	_ "example.com/warm"
)

func main() {
	fmt.Println(cache.Hits()) // want `goroutine started during init of cache \(go warm\) writes cache\.hits while main\.main reads it, without synchronization: a data race`
}
