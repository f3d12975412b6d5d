package main

import (
	_ "example.com/areader"
	_ "example.com/zwriter"
)

func main() {}
