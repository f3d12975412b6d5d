// Package mimew2 registers the same extension as mimew: with it, two
// unrelated writers of what amimer reads, which is one finding.
package mimew2

import "mime"

func init() {
	mime.AddExtensionType(".fake", "application/x-fake2") // want `the inits of mimew and mimew2 both write mime's extension types\["\.fake"\], and neither imports the other: only the linker's order makes mimew2's value stay`
}
