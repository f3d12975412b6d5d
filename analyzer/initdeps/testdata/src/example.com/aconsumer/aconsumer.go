// Package aconsumer counts the plugins during init.
package aconsumer

import "example.com/plugins"

// Count is the number of plugins seen during init.
var Count = len(plugins.Registry) // want `the init of aconsumer reads plugins.Registry \(var Count initializer → plugins.Registry\) before the init of zplug writes it`
