// Package main links an unguarded registration that runs first and a
// guarded one that runs second: it works, by the linker's order only.
package main

import (
	"database/sql"
	"fmt"

	_ "example.com/bupgx"
	_ "example.com/ygpgx"
)

func main() { fmt.Println(sql.Drivers()) }
