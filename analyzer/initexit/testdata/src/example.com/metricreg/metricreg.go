// Package metricreg registers metrics by name and exits the process on a
// duplicate, as metrics libraries do.
package metricreg

import "log"

var registered = map[string]bool{}

// Register records name and returns its handle; a name registered twice
// is a programming error that ends the process.
func Register(name string) int {
	if registered[name] {
		log.Fatalf("metric %q registered twice", name)
	}
	registered[name] = true
	return len(registered)
}
