// Package acodecuser looks the "zip" codec up during init, without
// importing the package that registers it.
package acodecuser

import "example.com/codecs"

// Zip is the codec init found.
var Zip = codecs.Lookup("zip")
