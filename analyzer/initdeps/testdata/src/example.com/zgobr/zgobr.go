// Package zgobr reads encoding/gob's registered types during init.
package zgobr

import (
	"bytes"
	"encoding/gob"
)

// Got is what the read gave during init.
var Got any

func init() {
	var v any = struct{}{}
	Got = gob.NewEncoder(new(bytes.Buffer)).Encode(&v) // want `the init of zgobr reads gob's registered types after the init of gobw writes it only by the linker's order \(neither imports the other\): a rename or a new import can flip it`
}
