package main

import (
	"os"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/realprog"
)

// TestInitWorkReal compares the model's init-work classification with
// the compiler's on every package of the pinned programs, fetched
// through the module proxy (INITVET_REAL=1), and with INITVET_UNSEEN=1
// on the unseen and cgo programs too (docs/initwork.md): there must be
// no mismatch.
func TestInitWorkReal(t *testing.T) {
	if os.Getenv("INITVET_REAL") != "1" {
		t.Skip("set INITVET_REAL=1: builds real programs fetched through the proxy")
	}
	for _, p := range realprog.OrderSample() {
		t.Run(p.Name, func(t *testing.T) {
			dir, err := p.Prepare(false)
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			n, bad, err := check(&out, dir, p.Pkg, false)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d packages, %d mismatches\n%s", p.Pkg, n, bad, out.String())
			if bad > 0 {
				t.Errorf("%d packages of %s are classified unlike the compiler", bad, p.Pkg)
			}
		})
	}
}
