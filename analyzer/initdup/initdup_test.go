package initdup_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/tracetest"

	"github.com/initvet/initvet/analyzer/initdup"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	wanttest.Run(t, analysistest.TestData(), initdup.Analyzer,
		"example.com/flagdupapp", "example.com/sqldupapp", "example.com/expvardupapp", "example.com/twice", "example.com/okapp", "example.com/setapp",
		"example.com/guardfirstapp", "example.com/guardsecondapp", "example.com/cmdlinedupapp",
		"example.com/muxdupapp", "example.com/muxokapp", "example.com/muxoldapp", "example.com/gobdupapp", "example.com/gobokapp",
		"example.com/promdupapp", "example.com/promhelpapp", "example.com/promokapp",
		"example.com/protodupapp", "example.com/protonameapp", "example.com/protookapp", "example.com/errpb1")
}

// TestRunPanics builds and runs the programs the analyzer reports on:
// each must die before main.main with the panic the finding names, and
// the look-alike must run.
func TestRunPanics(t *testing.T) {
	gopath := tracetest.Corpus(t)
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
			out, err := tracetest.RunGOPATH(t, gopath, c.pkg)
			if (err != nil) != c.fails || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "unreachable") {
				t.Errorf("go run %s: %v\n%s\nwant failing=%v with %q", c.pkg, err, out, c.fails, c.want)
			}
		})
	}
}

// TestRunRealLibraries builds the corpus programs that stand in for a
// third-party registry against the real library, fetched through the
// module proxy (INITVET_REAL=1), and runs them: each must die before
// main.main with the panic the finding names, and the look-alike must
// run.
func TestRunRealLibraries(t *testing.T) {
	if os.Getenv("INITVET_REAL") != "1" {
		t.Skip("set INITVET_REAL=1: fetches modules through the proxy")
	}
	src, err := filepath.Abs(filepath.Join("testdata", "src", "example.com"))
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	if err := os.CopyFS(mod, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com\n\ngo 1.26\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	get := exec.Command("go", "get", "github.com/prometheus/client_golang/prometheus@v1.23.2", "github.com/prometheus/client_golang/prometheus/promauto@v1.23.2",
		"google.golang.org/protobuf/runtime/protoimpl@v1.36.8", "google.golang.org/protobuf/reflect/protoreflect@v1.36.8")
	get.Dir = mod
	if out, err := get.CombinedOutput(); err != nil {
		t.Fatalf("go get: %v\n%s", err, out)
	}
	for _, c := range []struct {
		pkg, want string
		fails     bool
	}{
		{"./promdupapp", "duplicate metrics collector registration attempted", true},
		{"./promhelpapp", `a previously registered descriptor with the same fully-qualified name as Desc{fqName: "http_requests_total"`, true},
		{"./promokapp", "ok", false},
		{"./protodupapp", `proto: file "error.proto" is already registered`, true},
		{"./protonameapp", `proto: file "other.proto" has a name conflict over errs.Errors`, true},
		{"./protookapp", "ok", false},
	} {
		t.Run(filepath.Base(c.pkg), func(t *testing.T) {
			cmd := exec.Command("go", "run", c.pkg)
			cmd.Dir = mod
			out, err := cmd.CombinedOutput()
			// protobuf writes "proto:" and a space that is, in some
			// binaries, a non-breaking one.
			text := strings.ReplaceAll(string(out), "\u00a0", " ")
			if (err != nil) != c.fails || !strings.Contains(text, c.want) || strings.Contains(text, "unreachable") {
				t.Errorf("go run %s: %v\n%s\nwant failing=%v with %q", c.pkg, err, out, c.fails, c.want)
			}
		})
	}
}
