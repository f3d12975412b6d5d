// Package envlib reads the environment through helpers that take the
// variable's name, as configuration packages do.
package envlib

import "os"

// Get returns the value of the environment variable name.
func Get(name string) string { return os.Getenv(name) }

// Bool reports whether the environment variable name is "1".
func Bool(name string) bool { return Get(name) == "1" }
