// Package zplug registers a plugin.
package zplug

import "example.com/plugins"

func init() {
	plugins.Registry["z"] = func() string { return "z" }
}
