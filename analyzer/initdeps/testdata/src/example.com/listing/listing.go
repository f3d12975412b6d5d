// Package listing keeps server types and plugins in two registries and
// lists them in one map, one entry per kind, as caddy's ListPlugins
// does.
package listing

import (
	"sort"
	"sync"
)

var (
	serverTypes = map[string]bool{}
	plugins     = map[string]bool{}
	hooks       sync.Map
)

// RegisterServerType adds a server type.
func RegisterServerType(name string) { serverTypes[name] = true }

// RegisterPlugin adds a plugin.
func RegisterPlugin(name string) { plugins[name] = true }

// List returns the registered names by kind: "server_types" from the
// server types, "hooks" from the hooks, "others" from the plugins,
// sorted.
func List() map[string][]string {
	p := make(map[string][]string)
	for name := range serverTypes {
		p["server_types"] = append(p["server_types"], name)
	}
	hooks.Range(func(k, _ any) bool {
		p["hooks"] = append(p["hooks"], k.(string))
		return true
	})
	var others []string
	for name := range plugins {
		others = append(others, name)
	}
	sort.Strings(others)
	for _, name := range others {
		p["others"] = append(p["others"], name)
	}
	if len(plugins) > 10 {
		p["many"] = nil
	}
	return p
}

// Everything returns every registered name: what it reads all goes
// into the one slice.
func Everything() map[string][]string {
	p := make(map[string][]string)
	for name := range serverTypes {
		p["all"] = append(p["all"], name)
	}
	for name := range plugins {
		p["all"] = append(p["all"], name)
	}
	return p
}
