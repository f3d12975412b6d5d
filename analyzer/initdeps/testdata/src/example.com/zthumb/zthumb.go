// Package zthumb reads an image's size during init.
package zthumb

import (
	"bytes"
	"image"
)

// Err is what decoding the built-in thumbnail gave.
var Err error

func init() {
	_, _, Err = image.DecodeConfig(bytes.NewReader([]byte("FAKE...."))) // want `the init of zthumb reads image's registered image formats after the init of pngfmt writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
