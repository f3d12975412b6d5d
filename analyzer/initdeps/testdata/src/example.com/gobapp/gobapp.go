package main

import (
	_ "example.com/agobr"
	_ "example.com/gobw"
	_ "example.com/okgobr"
	_ "example.com/zgobr"
)

func main() {}
