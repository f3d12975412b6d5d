// Package main links two packages called model that register *User:
// gob names both "*model.User".
package main

import (
	"fmt"

	_ "example.com/amodel"
	_ "example.com/bmodel" // want `the init of bmodel registers gob's registered types\["\*model.User"\] again \(model.init → gob.Register\) after the init of amodel did \(model.init → gob.Register\): the init of bmodel panics with "gob: registering duplicate types for \\"\*model.User\\": \*model.User != \*model.User" before main.main`
)

func main() { fmt.Println("unreachable") }
