// Package pq2 registers "postgres" as well, as a second copy of a driver does.
package pq2

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no") }

func init() {
	sql.Register("postgres", drv{}) // want `the init of pq2 registers sql's registered drivers\["postgres"\] after the init of pq1 did: it panics with "sql: Register called twice for driver postgres"`
}
