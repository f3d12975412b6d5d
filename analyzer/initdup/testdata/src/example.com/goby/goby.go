// Package goby registers sharedmodel's Item, as another package does.
package goby

import (
	"encoding/gob"

	model "example.com/sharedmodel"
)

func init() {
	gob.Register(&model.Item{})
}
