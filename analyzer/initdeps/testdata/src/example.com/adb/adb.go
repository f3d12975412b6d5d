// Package adb opens its database during init.
package adb

import "database/sql"

// Err is what sql.Open gave.
var Err error

func init() {
	_, Err = sql.Open("fake", "")
}
