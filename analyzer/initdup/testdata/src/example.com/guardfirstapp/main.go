// Package main links a guarded registration that runs first and an
// unguarded one that runs second: the second panics.
package main

import (
	"fmt"

	_ "example.com/agpgx"
	_ "example.com/zupgx" // want `the init of zupgx registers sql's registered drivers\["pgx"\] again \(zupgx.init → sql.Register\) after the init of agpgx did \(agpgx.init → sql.Register\): the init of zupgx panics with "sql: Register called twice for driver pgx" before main.main`
)

func main() { fmt.Println("unreachable") }
