package main

import (
	_ "cli/quit"
	_ "cli/zlate"
)

func main() {}
