// Package ignreader reads an image's size during init.
package ignreader

import (
	"bytes"
	"image"
)

// Err is what decoding the built-in thumbnail gave.
var Err error

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("FAKE....")))
}
