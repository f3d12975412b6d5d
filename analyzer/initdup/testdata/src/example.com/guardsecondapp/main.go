// Package main links an unguarded registration that runs first and a
// guarded one that runs second: it works, by the linker's order only.
package main

import (
	"database/sql"
	"fmt"

	_ "example.com/bupgx" // want `the init of bupgx registers sql's registered drivers\["pgx"\] \(bupgx.init → sql.Register\) and the init of ygpgx registers it if missing \(ygpgx.init → sql.Register\): it works only because the linker runs bupgx first; in the other order bupgx's init panics with "sql: Register called twice for driver pgx"`
	_ "example.com/ygpgx"
)

func main() { fmt.Println(sql.Drivers()) }
