// Package ignwriter registers a toy image format whose data starts with
// "FAKE".
package ignwriter

import (
	"errors"
	"image"
	"io"
)

func decode(io.Reader) (image.Image, error) { return nil, errors.New("not implemented") }

func decodeConfig(io.Reader) (image.Config, error) { return image.Config{Width: 1, Height: 1}, nil }

func init() {
	image.RegisterFormat("fake", "FAKE", decode, decodeConfig)
}
