package initdeps_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/tracetest"

	"github.com/initvet/initvet/analyzer/initdeps"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	wanttest.Run(t, analysistest.TestData(), initdeps.Analyzer,
		"example.com/imgapp", "example.com/sqlapp", "example.com/plugapp", "example.com/quietapp",
		"example.com/mimeapp", "example.com/gobapp", "example.com/expvarapp", "example.com/cryptoapp",
		"example.com/envapp", "example.com/logapp", "example.com/stdapp", "example.com/tzapp", "example.com/pngapp", "example.com/codecapp", "example.com/compapp", "example.com/listapp")
}

// TestRealBehaviour builds the image and sql programs of the corpus and
// runs them: the readers the analyzer says run first must really find
// the registry empty, and the fragile ones must (for now) work.
func TestRealBehaviour(t *testing.T) {
	gopath := tracetest.Corpus(t)
	for _, c := range []struct {
		pkg  string
		want []string
	}{
		{"example.com/imgapp", []string{"athumb: image: unknown format", "zthumb: <nil>", "goodthumb: <nil>"}},
		{"example.com/sqlapp", []string{`adb: sql: unknown driver "fake" (forgotten import?)`, "zdb: <nil>"}},
		{"example.com/plugapp", []string{"0"}},
		{"example.com/mimeapp", []string{"fake: application/x-fake2"}},
		{"example.com/codecapp", []string{"acodecuser: true true", "bcodecuser: true true"}},
		{"example.com/pngapp", []string{"apngr: image: unknown format", "okpngr: unexpected EOF true"}},
		{"example.com/listapp", []string{"alister: false false false", "blister: true"}},
	} {
		t.Run(filepath.Base(c.pkg), func(t *testing.T) {
			out, err := tracetest.RunGOPATH(t, gopath, c.pkg)
			if err != nil {
				t.Fatalf("go run %s: %v\n%s", c.pkg, err, out)
			}
			for _, want := range c.want {
				if !strings.Contains(string(out), want+"\n") {
					t.Errorf("go run %s printed:\n%s\nwant a line %q", c.pkg, out, want)
				}
			}
		})
	}
}
