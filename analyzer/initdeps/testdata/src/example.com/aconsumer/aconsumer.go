// Package aconsumer counts the plugins during init.
package aconsumer

import "example.com/plugins"

// Count is the number of plugins seen during init.
var Count = len(plugins.Registry) // want `the init of aconsumer reads plugins\.Registry before the init of zplug writes it: the linker runs aconsumer first \(neither imports the other\), so it finds it empty`
