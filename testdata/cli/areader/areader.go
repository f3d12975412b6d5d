// Package areader counts the plugins during init, before zwriter adds its own.
package areader

import "cli/registry"

// Count is the number of plugins seen during init.
var Count = len(registry.Plugins)
