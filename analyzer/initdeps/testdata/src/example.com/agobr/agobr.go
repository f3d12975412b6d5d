// Package agobr reads encoding/gob's registered types during init.
package agobr

import (
	"bytes"
	"encoding/gob"
)

// Got is what the read gave during init.
var Got any

func init() {
	var v any = struct{}{}
	Got = gob.NewEncoder(new(bytes.Buffer)).Encode(&v) // want `the init of agobr reads gob's registered types before the init of gobw writes it: the linker runs agobr first \(neither imports the other\), so it finds it empty`
}
