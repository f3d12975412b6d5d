// Package apngr decodes a PNG during init without importing image/png,
// whose init registers the format: the program's main imports it.
package apngr

import (
	"bytes"
	"image"
)

// Err is what decoding the built-in PNG gave.
var Err error

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n"))) // want `the init of apngr reads image's registered image formats before the init of png writes it: the linker runs apngr first \(neither imports the other\), so it finds it empty`
}
