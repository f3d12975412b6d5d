// Package agpgx registers the "pgx" driver unless one is registered
// already.
package agpgx

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"slices"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no") }

func init() {
	if !slices.Contains(sql.Drivers(), "pgx") {
		sql.Register("pgx", drv{})
	}
}
