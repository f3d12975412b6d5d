// Package model (example.com/bmodel) is one of two packages called model that register
// their types with gob.
package model

import "encoding/gob"

// User is registered by pointer, which gob names *model.User.
type User struct{ Name string }

// Group is registered by value, which gob names by import path.
type Group struct{ Name string }

func init() {
	gob.Register(&User{})
	gob.Register(Group{})
}
