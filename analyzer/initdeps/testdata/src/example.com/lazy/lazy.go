// Package lazy reads the plugin registry only when asked, after main starts.
package lazy

import (
	"sync"

	"example.com/plugins"
)

var once sync.Once

var names []string

// Names lists the plugins.
func Names() []string {
	once.Do(func() {
		for n := range plugins.Registry {
			names = append(names, n)
		}
	})
	return names
}
