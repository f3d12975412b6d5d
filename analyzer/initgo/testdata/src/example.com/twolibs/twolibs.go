package main

import (
	_ "example.com/astarter"
	_ "example.com/zreader"
)

func main() {}
