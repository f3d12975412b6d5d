// Package okgobr reads encoding/gob's registered types during init.
package okgobr

import (
	"bytes"
	"encoding/gob"

	_ "example.com/gobw"
)

// Got is what the read gave during init.
var Got any

func init() {
	var v any = struct{}{}
	Got = gob.NewEncoder(new(bytes.Buffer)).Encode(&v)
}
