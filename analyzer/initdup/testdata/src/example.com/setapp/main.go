// Package main links a package that sets a flag before the package that
// defines it runs, and one that sets another after it by luck.
package main

import (
	"fmt"

	_ "example.com/asetv"
	_ "example.com/vdef"
	_ "example.com/zsetv"
)

func main() { fmt.Println("unreachable") }
