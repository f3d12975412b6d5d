package initfacts_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestInlineFacts requires the package-at-a-time view of which
// initializers need code, which sees other packages only through facts,
// to agree with the whole-program model on calls of inlinable functions
// of other packages: static with constant arguments (errors.New("x"),
// and through a wrapper) or nil ones (dbus.NewError("x", nil)), dynamic
// otherwise, and with a named result.
func TestInlineFacts(t *testing.T) {
	gopath, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: inittask.LoadMode, Dir: gopath,
		Env: append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS="),
	}
	roots := []string{"example.com/static", "example.com/dynamic", "example.com/wrap"}
	pkgs, err := packages.Load(cfg, roots...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{initfacts.Analyzer}, pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"example.com/static.ErrA": false, "example.com/static.ErrB": false,
		"example.com/static.ErrC": false, "example.com/static.ErrD": false, "example.com/static.ErrE": false, "example.com/static.Box": false,
		"example.com/dynamic.ErrA": true, "example.com/dynamic.ErrB": true, "example.com/dynamic.N": true,
		"example.com/dynamic.body": true, "example.com/dynamic.ErrC": true, "example.com/dynamic.ErrD": true,
		"example.com/wrap.Err": false,
	}
	seen := 0
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		res := act.Result.(*initfacts.Result)
		for _, v := range res.Vars {
			name := act.Package.PkgPath + "." + v.Names()
			if v.Dynamic != want[name] {
				t.Errorf("facts: %s dynamic = %v (%s), want %v", name, v.Dynamic, v.Reason, want[name])
			}
			seen++
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d initializers, want %d", seen, len(want))
	}

	// The whole-program model, checked against the linker by the oracle
	// tests, must say the same.
	for _, root := range roots {
		prog, err := inittask.Load(inittask.Config{Dir: gopath, Env: cfg.Env, BuildMode: inittask.ModeExe}, root)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range prog.Root.Vars {
			name := root + "." + v.Names()
			if v.Dynamic != want[name] {
				t.Errorf("Load: %s dynamic = %v (%s), want %v", name, v.Dynamic, v.Reason, want[name])
			}
		}
	}
}
