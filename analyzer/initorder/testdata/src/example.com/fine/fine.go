// Package fine must stay silent.
package fine

import (
	"errors"
	"sync"
)

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

// A command table whose entries an init completes through their pointers.
type command struct {
	name string
	run  func()
}

var cmdBuild = &command{name: "build"}

var commands = []*command{cmdBuild}

func init() {
	cmdBuild.run = func() {}
}

// A cache that fills itself on first use.
type cache struct {
	once sync.Once
	m    map[string]string
}

var env cache

func lookup(k string) string {
	env.once.Do(func() { env.m = map[string]string{"HOME": "/"} })
	return env.m[k]
}

var home = lookup("HOME")

func init() {
	_ = lookup("PATH")
}
