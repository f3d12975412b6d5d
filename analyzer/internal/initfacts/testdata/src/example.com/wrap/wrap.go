// Package wrap has one initializer: static only through errs.Wrap.
package wrap

import "example.com/errs"

var Err = errs.Wrap("w")
