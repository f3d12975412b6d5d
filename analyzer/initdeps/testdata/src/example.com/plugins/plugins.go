// Package plugins is a registry that plugin packages fill from init.
package plugins

// Registry maps names to plugins.
var Registry = map[string]func() string{}

// memo is a cache that each caller fills on a miss.
var memo = map[string]int{}

// Lookup reads and fills the cache.
func Lookup(k string) int {
	v, ok := memo[k]
	if !ok {
		v = len(k)
		memo[k] = v
	}
	return v
}
