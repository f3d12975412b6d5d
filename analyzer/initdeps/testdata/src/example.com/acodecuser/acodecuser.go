// Package acodecuser looks the "zip" and "gz" codecs up during init,
// without importing the package that registers them.
package acodecuser

import "example.com/codecs"

// Zip is the codec init found.
var Zip = codecs.Lookup("zip") // want `the init of acodecuser reads codecs\.formats\["zip"\] before the init of zcodec writes it: the linker runs acodecuser first \(neither imports the other\), so it finds it empty`

// Gz is the codec init found.
var Gz = codecs.Named("gz") // want `the init of acodecuser reads codecs\.named\["gz"\] before the init of zcodec writes it: the linker runs acodecuser first \(neither imports the other\), so it finds it empty`
