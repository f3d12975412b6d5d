// Package main reconfigures the logger whose fatal path fataluser's init
// may take: that path exits, so main.main never runs after it.
package main

import (
	"example.com/fatallog"
	_ "example.com/fataluser"
)

func main() {
	fatallog.SetLevel(2)
}
