// Package errorsnew has errors.New globals: the compiler inlines
// errors.New and initializes the result statically.
//
// oracle: no init
package errorsnew

import "errors"

var (
	ErrA = errors.New("a")
	ErrB = errors.New("b")
)
