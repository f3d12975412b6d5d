// Package codec is a registry of encoders, filled by the packages that
// implement them.
package codec

var encoders = map[string]func(any) ([]byte, error){}

// Register adds an encoder under a name.
func Register(name string, enc func(any) ([]byte, error)) { encoders[name] = enc }

// Lookup returns the encoder registered under name, or nil.
func Lookup(name string) func(any) ([]byte, error) { return encoders[name] }
