// Package bupgx registers the "pgx" driver unconditionally.
package bupgx

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no") }

func init() {
	sql.Register("pgx", drv{}) // want `the init of bupgx registers sql's registered drivers\["pgx"\] and the init of ygpgx only if missing: the linker runs bupgx first; the other order panics with "sql: Register called twice for driver pgx"`
}
