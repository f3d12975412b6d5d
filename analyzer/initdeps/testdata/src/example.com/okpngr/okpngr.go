// Package okpngr decodes a PNG during init and imports image/png, so
// that the format is registered first; it also reads expvar's
// "cmdline", which expvar's own init publishes before any importer runs.
package okpngr

import (
	"bytes"
	"expvar"
	"image"
	_ "image/png"
)

// Err is what decoding the built-in PNG gave.
var Err error

// HasCmdline reports whether expvar published the command line.
var HasCmdline = expvar.Get("cmdline") != nil

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n")))
}
