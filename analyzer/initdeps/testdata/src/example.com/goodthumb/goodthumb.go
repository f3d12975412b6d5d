// Package goodthumb reads an image's size during init.
package goodthumb

import (
	"bytes"
	_ "example.com/pngfmt"
	"image"
)

// Err is what decoding the built-in thumbnail gave.
var Err error

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("FAKE....")))
}
