// Package athumb reads an image's size during init.
package athumb

import (
	"bytes"
	"image"
)

// Err is what decoding the built-in thumbnail gave.
var Err error

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("FAKE...."))) // want `the init of athumb reads image's registered image formats before the init of pngfmt writes it: the linker runs athumb first \(neither imports the other\), so it finds it empty`
}
