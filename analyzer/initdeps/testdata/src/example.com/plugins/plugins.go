// Package plugins is a registry that plugin packages fill from init.
package plugins

// Registry maps names to plugins.
var Registry = map[string]func() string{}
