// Package amemo uses the self-filling cache during init: silent.
package amemo

import "example.com/plugins"

// N is a cached value.
var N = plugins.Lookup("amemo")
