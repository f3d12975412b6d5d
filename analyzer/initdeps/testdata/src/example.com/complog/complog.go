// Package complog hands out one logger per component, creating it on
// first use (get-or-create, as grpclog.Component does).
package complog

// C is a component's logger.
type C struct{ Name string }

var cache = map[string]*C{}

// Component returns the logger of the component name.
func Component(name string) *C {
	if c, ok := cache[name]; ok {
		return c
	}
	c := &C{Name: name}
	cache[name] = c
	return c
}
