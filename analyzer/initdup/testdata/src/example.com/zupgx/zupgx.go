// Package zupgx registers the "pgx" driver unconditionally.
package zupgx

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no") }

func init() {
	sql.Register("pgx", drv{}) // want `the init of zupgx registers sql's registered drivers\["pgx"\] after the init of agpgx did: it panics with "sql: Register called twice for driver pgx"`
}
