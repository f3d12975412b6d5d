// Package mimew2 registers the same extension as mimew: with it, two
// unrelated writers of what amimer reads, which is one finding.
package mimew2

import "mime"

func init() {
	mime.AddExtensionType(".fake", "application/x-fake2")
}
