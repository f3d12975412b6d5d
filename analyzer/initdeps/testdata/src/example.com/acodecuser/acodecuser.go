// Package acodecuser looks the "zip" and "gz" codecs up during init,
// without importing the package that registers them.
package acodecuser

import "example.com/codecs"

// Zip is the codec init found.
var Zip = codecs.Lookup("zip")

// Gz is the codec init found.
var Gz = codecs.Named("gz")
