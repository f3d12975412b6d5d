// Package adb opens its database during init.
package adb

import "database/sql"

// Err is what sql.Open gave.
var Err error

func init() {
	_, Err = sql.Open("fake", "") // want `the init of adb reads sql's registered drivers\["fake"\] before the init of fakedriver writes it: the linker runs adb first \(neither imports the other\), so it finds it empty`
}
