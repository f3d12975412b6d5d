// Package pq1 registers a driver called "postgres".
package pq1

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no") }

func init() {
	sql.Register("postgres", drv{})
}
