package main

import (
	"cli/areader"
	_ "cli/zwriter"
)

func main() { println(areader.Count) }
