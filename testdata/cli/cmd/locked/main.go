package main

import (
	_ "cli/gl"
	"cli/reg"
)

func main() { println(len(reg.Formats)) }
