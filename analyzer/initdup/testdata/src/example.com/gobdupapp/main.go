// Package main links two packages called model that register *User:
// gob names both "*model.User".
package main

import (
	"fmt"

	_ "example.com/amodel"
	_ "example.com/bmodel"
)

func main() { fmt.Println("unreachable") }
