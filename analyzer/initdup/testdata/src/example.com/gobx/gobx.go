// Package gobx registers sharedmodel's Item, as another package does.
package gobx

import (
	"encoding/gob"

	model "example.com/sharedmodel"
)

func init() {
	gob.Register(&model.Item{})
}
