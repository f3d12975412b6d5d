package main

import (
	"fmt"

	"example.com/aconsumer" // want `the init of aconsumer reads plugins.Registry \(var Count initializer → plugins.Registry\) before the init of zplug writes it`
	_ "example.com/zplug"
)

func main() { fmt.Println(aconsumer.Count) }
