// Package codecs is a registry in a map variable, filled by name.
package codecs

var formats = map[string]func() string{}

// Register adds a codec under name.
func Register(name string, f func() string) { formats[name] = f }

// Lookup returns the codec registered under name, or nil.
func Lookup(name string) func() string { return formats[name] }

// Codec is a codec that names itself.
type Codec interface{ Name() string }

var named = map[string]Codec{}

// RegisterCodec adds c under the name it gives.
func RegisterCodec(c Codec) { named[c.Name()] = c }

// Named returns the codec registered under name, or nil.
func Named(name string) Codec { return named[name] }
