package initexit_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/initvet/initvet/analyzer/initexit"
	"github.com/initvet/initvet/internal/tracetest"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	wanttest.Run(t, analysistest.TestData(), initexit.Analyzer, "example.com/exits", "example.com/quiet", "example.com/ignored", "example.com/calls", "example.com/callsquiet",
		"example.com/actquiet", "example.com/actuser", "example.com/metricuser", "example.com/metricjobs", "example.com/exitquiet", "example.com/lazyquit", "example.com/eagerquit",
		"example.com/rounds", "example.com/exitapp", "example.com/metricapp", "example.com/metricdup", "example.com/metricdupapp", "example.com/actapp", "example.com/settingquit")
}

// TestRunExits builds and runs programs whose inits reach an exit in
// another package's code: each must end as the finding predicts, before
// main.main.
func TestRunExits(t *testing.T) {
	gopath := tracetest.Corpus(t)
	for _, c := range []struct{ pkg, want string }{
		{"example.com/metricdupapp", `metric "jobs" registered twice`},
		{"example.com/actapp", "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"},
		{"example.com/settingquit", `setting "port" is not configured`},
	} {
		t.Run(filepath.Base(c.pkg), func(t *testing.T) {
			out, err := tracetest.RunGOPATH(t, gopath, c.pkg)
			if err == nil || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "main.main ran") {
				t.Errorf("go run %s: %v\n%s\nwant it to fail with %q before main.main", c.pkg, err, out, c.want)
			}
		})
	}
}
