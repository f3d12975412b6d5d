// Package adb opens its database during init.
package adb

import "database/sql"

// Err is what sql.Open gave.
var Err error

func init() {
	_, Err = sql.Open("fake", "") // want `the init of adb reads sql's registered drivers(\[[^]]*\])? \(adb.init → sql.Open\) before the init of fakedriver writes it`
}
