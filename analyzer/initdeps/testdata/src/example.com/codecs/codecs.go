// Package codecs is a registry in a map variable, filled by name.
package codecs

var formats = map[string]func() string{}

// Register adds a codec under name.
func Register(name string, f func() string) { formats[name] = f }

// Lookup returns the codec registered under name, or nil.
func Lookup(name string) func() string { return formats[name] }
