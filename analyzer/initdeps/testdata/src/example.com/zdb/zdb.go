// Package zdb opens its database during init.
package zdb

import "database/sql"

// Err is what sql.Open gave.
var Err error

func init() {
	_, Err = sql.Open("fake", "") // want `the init of zdb reads sql's registered drivers(\[[^]]*\])? .* only by the linker's order`
}
