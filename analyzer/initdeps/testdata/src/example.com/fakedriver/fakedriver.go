// Package fakedriver registers a database/sql driver named "fake".
package fakedriver

import (
	"database/sql"
	"database/sql/driver"
	"errors"
)

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("no connections") }

func init() {
	sql.Register("fake", drv{})
}
