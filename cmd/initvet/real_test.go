package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/realprog"
	"github.com/initvet/initvet/internal/tracetest"
)

// TestReal runs initvet over all of GOROOT (std cmd) and over every
// non-standard package of the pinned real programs (internal/realprog),
// and requires no panic and no load error, exit 0 or 3, and the findings
// recorded in testdata/real/NAME.json, each of which docs/findings.md
// gives a verdict. With INITVET_REAL_RUNS=N each target runs N times and
// the outputs must be byte-identical. It runs with INITVET_REAL=1; -update
// rewrites the files. With INITVET_UNSEEN=1 it also runs the programs of
// realprog.Unseen (each over a thousand packages and up to 12 GB of
// memory for the largest), whose findings docs/findings.md judges too.
func TestReal(t *testing.T) {
	if os.Getenv("INITVET_REAL") != "1" {
		t.Skip("analyzes GOROOT and four real programs (minutes); run with INITVET_REAL=1")
	}
	runs := 1
	if s := os.Getenv("INITVET_REAL_RUNS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("INITVET_REAL_RUNS=%q: want a positive number", s)
		}
		runs = n
	}
	bin := filepath.Join(t.TempDir(), "initvet")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	goroot := tracetest.GoEnv(t, "GOROOT")
	modcache := tracetest.GoEnv(t, "GOMODCACHE")

	type target struct {
		name, dir string
		pkgs      []string
		// release: the findings carry GOROOT's line numbers, so they are
		// recorded for one Go release.
		release bool
	}
	targets := []target{{"std-cmd", filepath.Join(goroot, "src"), []string{"std", "cmd"}, true}}
	programs := realprog.All
	if os.Getenv("INITVET_UNSEEN") == "1" {
		programs = append(slices.Clone(programs), realprog.Unseen...)
	}
	for _, p := range programs {
		dir, err := p.Prepare(false)
		if err != nil {
			t.Fatal(err)
		}
		list := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", p.Pkg)
		list.Dir = dir
		out, err := list.Output()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", p.Pkg, err, exitStderr(err))
		}
		targets = append(targets, target{p.Name, dir, strings.Fields(string(out)), false})
	}
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			var first []byte
			for i := range runs {
				cmd := exec.Command(bin, append([]string{"-json"}, tg.pkgs...)...)
				cmd.Dir = tg.dir
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				var exit *exec.ExitError
				if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != exitFindings) || stderr.Len() > 0 {
					t.Fatalf("initvet on %d packages of %s: %v\n%s", len(tg.pkgs), tg.name, err, stderr.String())
				}
				out := bytes.ReplaceAll(stdout.Bytes(), []byte(modcache), []byte("$GOMODCACHE"))
				out = bytes.ReplaceAll(out, []byte(goroot), []byte("$GOROOT"))
				if i == 0 {
					first = out
				} else if !bytes.Equal(out, first) {
					t.Fatalf("run %d printed other output than run 1:\n%s\n--- run 1 ---\n%s", i+1, out, first)
				}
			}
			golden := filepath.Join("testdata", "real", tg.name+".json")
			versionFile := filepath.Join("testdata", "real", tg.name+".go-version")
			if *update {
				if err := os.WriteFile(golden, first, 0o666); err != nil {
					t.Fatal(err)
				}
				if tg.release {
					if err := os.WriteFile(versionFile, []byte(runtime.Version()+"\n"), 0o666); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			if v, err := os.ReadFile(versionFile); tg.release && err == nil && strings.TrimSpace(string(v)) != runtime.Version() {
				t.Skipf("no panic, no load error, %d identical runs; findings recorded for %s, not compared under %s",
					runs, strings.TrimSpace(string(v)), runtime.Version())
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first, want) {
				t.Errorf("findings on %s differ from %s (review them in docs/findings.md, then rerun with -update):\n%s",
					tg.name, golden, first)
			}
			t.Logf("%s: %d package patterns, %d identical runs", tg.name, len(tg.pkgs), runs)
		})
	}
}
