package main

import (
	"fmt"

	"example.com/aconsumer" // want `the init of example.com/aconsumer reads example.com/plugins.Registry \(var Count initializer → plugins.Registry\) before the init of example.com/zplug writes it`
	_ "example.com/zplug"
)

func main() { fmt.Println(aconsumer.Count) }
