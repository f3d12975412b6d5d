// Package zmemo uses the self-filling cache during init: silent.
package zmemo

import "example.com/plugins"

// N is a cached value.
var N = plugins.Lookup("zmemo")
