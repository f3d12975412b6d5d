// Package gobw writes encoding/gob's registered types during init.
package gobw

import (
	"encoding/gob"
)

// Thing is registered with gob.
type Thing struct{ A int }

func init() {
	gob.Register(Thing{})
}
