package main

import (
	"fmt"

	"example.com/aconsumer"
	_ "example.com/zplug"
)

func main() { fmt.Println(aconsumer.Count) }
