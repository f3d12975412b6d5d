// Package bcodecuser looks the "tar" and "bz" codecs up during init: no
// init registers them, so the registrations of "zip" and "gz" are
// unrelated to it.
package bcodecuser

import "example.com/codecs"

// Tar is the codec init found.
var Tar = codecs.Lookup("tar")

// Bz is the codec init found.
var Bz = codecs.Named("bz")
