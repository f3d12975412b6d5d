// Package realprog names the pinned real programs that initvet is
// measured and tested on, and fetches each into a module of its own
// under the user cache directory through the module proxy.
package realprog

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Program is a pinned real program.
type Program struct {
	Name    string   // short name, used in file names
	Pkg     string   // import path of the main package
	Version string   // version of the module that holds Pkg
	Args    []string // arguments that make the program exit right after init
}

// All lists the programs, smallest first.
var All = []Program{
	{"gofumpt", "mvdan.cc/gofumpt", "v0.12.0", []string{"-h"}},
	{"staticcheck", "honnef.co/go/tools/cmd/staticcheck", "v0.8.2", []string{"-version"}},
	{"gopls", "golang.org/x/tools/gopls", "v0.23.0", []string{"version"}},
	{"golangci-lint", "github.com/golangci/golangci-lint/v2/cmd/golangci-lint", "v2.15.0", []string{"version"}},
}

// Unseen lists the programs initvet's precision was first measured on
// without tuning (docs/unseen): a server with plugin registries, a
// Kubernetes client, a gRPC service, a database tool linking many sql
// drivers, a program linking several logging libraries, a desktop
// systray app, and three other CLIs. They are large (coredns and
// prometheus link over a thousand packages), so tests analyze them only
// when asked to.
var Unseen = []Program{
	{"systray", "fyne.io/systray/example", "v1.12.2", nil},
	{"node_exporter", "github.com/prometheus/node_exporter", "v1.12.1", []string{"--version"}},
	{"grpcurl", "github.com/fullstorydev/grpcurl/cmd/grpcurl", "v1.9.4", []string{"-version"}},
	{"hugo", "github.com/gohugoio/hugo", "v0.165.0", []string{"version"}},
	{"stern", "github.com/stern/stern", "v1.33.0", []string{"--version"}},
	{"goose", "github.com/pressly/goose/v3/cmd/goose", "v3.30.1", []string{"-version"}},
	{"helm", "helm.sh/helm/v3/cmd/helm", "v3.22.0", []string{"version"}},
	{"coredns", "github.com/coredns/coredns", "v1.15.0", []string{"-version"}},
	{"prometheus", "github.com/prometheus/prometheus/cmd/prometheus", "v0.316.0", []string{"--version"}},
}

// Cgo lists programs that link C code through cgo, whose init order
// the oracle checks with the unseen programs: sql-migrate links
// mattn/go-sqlite3 (runtime/cgo).
var Cgo = []Program{
	{"sql-migrate", "github.com/rubenv/sql-migrate/sql-migrate", "v1.8.1", []string{"--help"}},
}

// OrderSample returns the programs whose init order and per-package
// init work the oracle tests check: the pinned ones, and with
// INITVET_UNSEEN=1 the unseen and cgo ones too.
func OrderSample() []Program {
	if os.Getenv("INITVET_UNSEEN") == "1" {
		return slices.Concat(All, Unseen, Cgo)
	}
	return All
}

// Lookup returns the program called name.
func Lookup(name string) (Program, bool) {
	for _, p := range All {
		if p.Name == name {
			return p, true
		}
	}
	return Program{}, false
}

// Dir returns the directory of the program's module, which Prepare fills.
func (p Program) Dir() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(cache, "initvet-real", p.Name+"@"+p.Version), nil
}

// Prepare returns the directory of a module that requires the program,
// creating it on first use. With tests, the module also has what the
// program's tests import, which go vet needs.
func (p Program) Prepare(tests bool) (string, error) {
	dir, err := p.Dir()
	if err != nil {
		return "", err
	}
	if !exists(filepath.Join(dir, "initvet-ok")) {
		if err := os.RemoveAll(dir); err != nil {
			return "", err
		}
		if err := os.MkdirAll(dir, 0o777); err != nil {
			return "", err
		}
		if err := goIn(dir, "mod", "init", "tmp"); err != nil {
			return "", err
		}
		if err := goIn(dir, "get", p.Pkg+"@"+p.Version); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, "initvet-ok"), nil, 0o666); err != nil {
			return "", err
		}
	}
	if tests && !exists(filepath.Join(dir, "initvet-tests-ok")) {
		if err := goIn(dir, "get", "-t", p.Pkg+"@"+p.Version); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, "initvet-tests-ok"), nil, 0o666); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// goIn runs the go command of the Go under test in dir.
func goIn(dir string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local") // the Go under test, never a download
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}
