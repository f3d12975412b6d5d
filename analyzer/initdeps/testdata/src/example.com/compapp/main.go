// Package main links two unrelated packages that both get the same
// component's logger from a get-or-create cache: not an overwrite.
package main

import (
	"fmt"

	"example.com/alogc"
	"example.com/zlogc"
)

func main() { fmt.Println(alogc.Name(), zlogc.Name()) }
