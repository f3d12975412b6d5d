// Package errs declares error constructors that the compiler inlines
// into an importer's initializer.
package errs

import "errors"

type codeError struct {
	code int
	msg  string
}

func (e *codeError) Error() string { return e.msg }

// New is inlined and static with a constant argument.
func New(msg string) error { return &codeError{code: 1, msg: msg} }

// Code is inlined and static with constant arguments.
func Code(code int, msg string) error { return &codeError{code: code, msg: msg} }

// Wrap calls errors.New: static too, across two packages.
func Wrap(msg string) error { return errors.New(msg) }

// Dynamic has two statements: never inlined as an expression.
func Dynamic(msg string) error {
	println(msg)
	return &codeError{msg: msg}
}

var counter int

// Counted reads a variable of its package: not a static copy elsewhere.
func Counted() int { return counter }

// Error is a named error with a body, as D-Bus errors are.
type Error struct {
	Name string
	Body []any
}

func (e *Error) Error() string { return e.Name }

// NewError is inlined and static with a constant name and a nil body.
func NewError(name string, body []any) *Error { return &Error{name, body} }

// Named is inlinable, but its result is named: the inlined body assigns
// it, and the call runs at init.
func Named(msg string) (err error) { return &codeError{msg: msg} }

// Box holds a pointer to a T.
type Box[T any] struct{ p *T }

// Empty is generic, inlined and static: its body makes no interface of
// a T.
func Empty[T any]() Box[T] { return Box[T]{} }
