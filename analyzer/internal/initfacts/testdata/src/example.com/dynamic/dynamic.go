// Package dynamic has init work in each initializer.
package dynamic

import (
	"os"

	"example.com/errs"
)

var ErrA = errs.New(os.Args[0]) // not a constant argument

var ErrB = errs.Dynamic("b") // not inlined

var N = errs.Counted() // reads errs.counter

var body = []any{os.Args[0]}

var ErrC = errs.NewError("c", body) // not nil

var ErrD = errs.Named("d") // a named result
