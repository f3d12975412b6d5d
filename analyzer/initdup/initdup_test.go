package initdup_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/initvet/initvet/analyzer/initdup"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initdup.Analyzer,
		"example.com/flagdupapp", "example.com/sqldupapp", "example.com/expvardupapp", "example.com/twice", "example.com/okapp", "example.com/setapp",
		"example.com/guardfirstapp", "example.com/guardsecondapp", "example.com/cmdlinedupapp",
		"example.com/muxdupapp", "example.com/muxokapp", "example.com/muxoldapp", "example.com/gobdupapp", "example.com/gobokapp")
}

// TestRunPanics builds and runs the programs the analyzer reports on:
// each must die before main.main with the panic the finding names, and
// the look-alike must run.
func TestRunPanics(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	gopath, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		pkg, want string
		fails     bool
	}{
		{"example.com/flagdupapp", "flag redefined: log_dir", true},
		{"example.com/sqldupapp", "sql: Register called twice for driver postgres", true},
		{"example.com/expvardupapp", "Reuse of exported var name: cmdline", true},
		{"example.com/okapp", "0", false},
		{"example.com/setapp", "flag v set at", true},
		{"example.com/cmdlinedupapp", "flag redefined: log_dir", true},
		{"example.com/guardfirstapp", "sql: Register called twice for driver pgx", true},
		{"example.com/guardsecondapp", "[pgx]", false},
		{"example.com/muxdupapp", `pattern "GET /debug/pprof/" (registered at`, true},
		{"example.com/muxokapp", "ok", false},
		{"example.com/muxoldapp", "ok", false},
		{"example.com/gobdupapp", `gob: registering duplicate types for "*model.User": *model.User != *model.User`, true},
		{"example.com/gobokapp", "ok", false},
	} {
		t.Run(filepath.Base(c.pkg), func(t *testing.T) {
			cmd := exec.Command("go", "run", c.pkg)
			cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=")
			out, err := cmd.CombinedOutput()
			if (err != nil) != c.fails || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "unreachable") {
				t.Errorf("go run %s: %v\n%s\nwant failing=%v with %q", c.pkg, err, out, c.fails, c.want)
			}
		})
	}
}
