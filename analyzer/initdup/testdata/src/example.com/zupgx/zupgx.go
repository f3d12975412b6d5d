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
	sql.Register("pgx", drv{})
}
