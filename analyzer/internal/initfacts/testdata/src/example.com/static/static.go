// Package static has no init work: every initializer is static once the
// constructors of errs and errors are inlined.
package static

import (
	"errors"

	"example.com/errs"
)

var (
	ErrA = errors.New("a")
	ErrB = errs.New("b")
	ErrC = errs.Code(2, "c")
	ErrD = errs.Wrap("d")
	ErrE = errs.NewError("e", nil)
	Box  = errs.Empty[int]()
)
