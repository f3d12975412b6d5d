// Package registry is filled by plugins during init.
package registry

// Plugins maps names to plugins.
var Plugins = map[string]string{}
