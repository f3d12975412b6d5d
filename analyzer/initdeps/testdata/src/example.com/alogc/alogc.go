// Package alogc gets the "xds" component's logger during init: the cache
// keeps the first one made, whichever init runs first.
package alogc

import "example.com/complog"

var logger = complog.Component("xds")

// Name is the logger's component.
func Name() string { return logger.Name }
