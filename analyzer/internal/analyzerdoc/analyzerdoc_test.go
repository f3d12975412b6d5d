package analyzerdoc

import "testing"

func TestExtract(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer p
//
// p: report things
//
// More about things.
//
// # Other
//
// Not this.
package p
`
	got, err := Extract(src, "p")
	if want := "report things\n\nMore about things."; err != nil || got != want {
		t.Errorf("Extract = %q, %v; want %q", got, err, want)
	}
	for _, bad := range []string{
		"package p\n",                                 // no doc comment
		"// Package p.\npackage p\n",                  // no heading
		"// # Analyzer p\n//\n// report\npackage p\n", // no "p:" line
		"not go",
	} {
		if _, err := Extract(bad, "p"); err == nil {
			t.Errorf("Extract(%q) succeeded", bad)
		}
	}
}
