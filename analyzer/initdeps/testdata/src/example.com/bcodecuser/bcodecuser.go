// Package bcodecuser looks the "tar" codec up during init: no init
// registers "tar", so the registration of "zip" is unrelated to it.
package bcodecuser

import "example.com/codecs"

// Tar is the codec init found.
var Tar = codecs.Lookup("tar")
