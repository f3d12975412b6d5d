package main

import (
	_ "example.com/aclock"
	_ "example.com/okclock"
	_ "example.com/tzw"
)

func main() {}
