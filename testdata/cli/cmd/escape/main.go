package main

import (
	_ "cli/a/b"
	_ "cli/a/b-c"
	_ "cli/a/b.c"
	_ "cli/reg"
)

func main() {}
