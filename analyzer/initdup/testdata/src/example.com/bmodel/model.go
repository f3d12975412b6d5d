// Package model (example.com/bmodel) is one of two packages called model that register
// their types with gob.
package model

import "encoding/gob"

// User is registered by pointer, which gob names *model.User.
type User struct{ Name string }

// Group is registered by value, which gob names by import path.
type Group struct{ Name string }

func init() {
	gob.Register(&User{}) // want `the init of bmodel registers gob's registered types\["\*model\.User"\] after the init of amodel did: it panics with "gob: registering duplicate types for \\"\*model\.User\\": \*model\.User != \*model\.User"`
	gob.Register(Group{})
}
