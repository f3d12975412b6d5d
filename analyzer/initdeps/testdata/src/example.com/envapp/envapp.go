package main

import (
	_ "example.com/aenvr"
	_ "example.com/aenvwrap"
	_ "example.com/benvwrap"
	_ "example.com/cenvall"
	_ "example.com/denvcomputed"
	_ "example.com/envw"
	_ "example.com/envw2"
	_ "example.com/okenvr"
	_ "example.com/zenvr"
)

func main() {}
