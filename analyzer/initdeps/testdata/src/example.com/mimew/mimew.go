// Package mimew writes mime's extension types during init.
package mimew

import (
	"mime"
)

func init() {
	mime.AddExtensionType(".fake", "application/x-fake")
}
