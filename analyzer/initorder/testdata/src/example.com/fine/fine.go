// Package fine must stay silent.
package fine

import "errors"

type shape interface{ Area() int }

type square struct{ side int }

func (s square) Area() int { return s.side * s.side * unit }

// unit is static data: set before any code runs.
var unit = 1

var s shape = square{2}

var area = s.Area()

// Direct calls are dependencies go/types sees: value is initialized first.
var total = sum()

func sum() int { return value + 1 }

var value = compute()

func compute() int { return 41 }

// ErrBad is a sentinel error.
var ErrBad = errors.New("bad")

var wrapped = wrap()

func wrap() error { return ErrBad }

var count int

func init() {
	count = area + total
}

func init() {
	count++
}
