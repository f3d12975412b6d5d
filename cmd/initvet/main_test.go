package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/internal/tracetest"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts in testdata/golden")

// transcript runs one initvet command line in dir (relative to the
// repository's testdata) and returns what a terminal would show: the
// command, stdout, stderr and the exit code, with GOROOT written as
// $GOROOT so that the transcript does not depend on the installation.
func transcript(t *testing.T, dir string, args ...string) string {
	t.Helper()
	t.Chdir(filepath.Join("..", "..", "testdata", dir))
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	out := fmt.Sprintf("$ initvet %s\n%s", strings.Join(args, " "), stdout.String())
	if stderr.Len() > 0 {
		out += "-- stderr --\n" + stderr.String()
	}
	out += fmt.Sprintf("-- exit %d --\n", code)
	return strings.ReplaceAll(out, tracetest.GoEnv(t, "GOROOT"), "$GOROOT")
}

// TestGolden pins the CLI's output for each command and format.
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		dir  string
		args []string
	}{
		{"order_escape", "cli", []string{"order", "./cmd/escape"}},
		{"order_json", "cli", []string{"order", "-json", "./cmd/escape"}},
		{"timeline_locked", "cli", []string{"timeline", "./cmd/locked"}},
		{"timeline_cshared", "cli", []string{"timeline", "-buildmode=c-shared", "./cmd/locked"}},
		{"timeline_goexit", "cli", []string{"timeline", "./cmd/goexit"}},
		{"timeline_json", "cli", []string{"timeline", "-json", "./cmd/goexit"}},
		{"timeline_dot", "cli", []string{"timeline", "-dot", "./cmd/locked"}},
		{"timeline_mermaid", "cli", []string{"timeline", "-mermaid", "./cmd/goexit"}},
		{"timeline_shared", "cli", []string{"timeline", "./cmd/shared"}},
		{"timeline_shared_mermaid", "cli", []string{"timeline", "-mermaid", "./cmd/shared"}},
		{"check_shared", "cli", []string{"./cmd/shared"}},
		{"check_sarif", "cli", []string{"-sarif", "./cmd/shared"}},
		{"usage_json_sarif", "cli", []string{"-json", "-sarif", "./quit"}},
		{"usage_write_baseline", "cli", []string{"-write-baseline", "./quit"}},
		{"bad_syntax", "badinput", []string{"order", "./syntax"}},
		{"bad_type", "badinput", []string{"order", "./typeerr"}},
		{"bad_missing_import", "badinput", []string{"order", "./missing"}},
		{"bad_empty_dir", "badinput", []string{"order", "./empty"}},
		{"bad_no_such_package", "badinput", []string{"order", "bad/nosuchpackage"}},
		{"bad_import_cycle", "badinput", []string{"order", "./cycle"}},
		{"bad_init_cycle", "badinput", []string{"timeline", "./initcycle"}},
		{"bad_many", "badinput", []string{"order", "./..."}},
		{"why_import", "oracle", []string{"why", "./cmd/diamond", "ex/diamond/base", "ex/diamond/top"}},
		{"why_lexical", "oracle", []string{"why", "./cmd/escape", "ex/escape/b", "ex/escape/b.c"}},
		{"why_waited", "oracle", []string{"why", "./cmd/diamond", "ex/diamond/mid", "ex/diamond/top"}},
		{"why_json", "oracle", []string{"why", "-json", "./cmd/escape", "ex/escape/b-c", "ex/escape/b"}},
		{"why_no_task", "oracle", []string{"why", "./cmd/static", "ex/static/onlystatic", "ex/static/maplit"}},
		{"check_partial", "badinput", []string{"./..."}},
		{"check_findings", "cli", []string{"./..."}},
		{"check_json", "cli", []string{"-json", "./quit"}},
		{"check_disabled", "cli", []string{"-initexit=false", "./quit"}},
		{"check_ignore", "cli", []string{"./ignored"}},
		{"check_clean", "badinput", []string{"./good"}},
		{"usage_none", "cli", nil},
		{"usage_bad_flag", "cli", []string{"order", "-nosuchflag", "./cmd/locked"}},
		{"usage_no_package", "cli", []string{"timeline"}},
		{"usage_two_formats", "cli", []string{"timeline", "-dot", "-json", "./cmd/locked"}},
		{"usage_buildmode", "cli", []string{"order", "-buildmode=shared", "./cmd/locked"}},
		{"usage_bad_registry", "cli", []string{"timeline", "-registry=write:nofunction", "./cmd/locked"}},
		{"check_bad_mainthread", "cli", []string{"-mainthread=nopackage", "./quit"}},
		{"help", "cli", []string{"help"}},
		// The README's first command.
		{"example_check", "../examples/hazards", []string{"./..."}},
		{"example_timeline", "../examples/hazards", []string{"timeline", "."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			golden, err := filepath.Abs(filepath.Join("testdata", "golden", c.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got := transcript(t, c.dir, c.args...)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("transcript differs from %s (go test -update rewrites it)\n--- got ---\n%s--- want ---\n%s", golden, got, want)
			}
		})
	}
}

// TestVersion checks the version line without pinning the Go release.
func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := "initvet (devel) " + runtime.Version() + "\n"
	if stdout.String() != want {
		t.Errorf("version = %q, want %q", stdout.String(), want)
	}
}

// TestProfiles requires -cpuprofile and -memprofile to write gzipped
// pprof profiles without changing the findings or the exit code.
func TestProfiles(t *testing.T) {
	tmp := t.TempDir()
	cpu, mem := filepath.Join(tmp, "cpu.prof"), filepath.Join(tmp, "mem.prof")
	t.Chdir(filepath.Join("..", "..", "testdata", "cli"))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-cpuprofile", cpu, "-memprofile", mem, "./quit"}, &stdout, &stderr); code != exitFindings {
		t.Fatalf("exit %d, want %d: %s", code, exitFindings, stderr.String())
	}
	for _, f := range []string{cpu, mem} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			t.Errorf("%s is not a gzipped profile: % x", filepath.Base(f), data[:min(len(data), 8)])
		}
	}
	var stderr2 bytes.Buffer
	if code := run([]string{"-cpuprofile", filepath.Join(tmp, "no", "such", "dir"), "./quit"}, &stdout, &stderr2); code != exitError ||
		!strings.HasPrefix(stderr2.String(), "initvet: open ") || strings.Count(stderr2.String(), "\n") != 1 {
		t.Errorf("unwritable profile: exit %d, stderr %q; want exit %d and one line", code, stderr2.String(), exitError)
	}
}

// TestOrderFromBinary builds a program and requires order -bin to print
// what order prints from the source.
func TestOrderFromBinary(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "cli")
	bin := filepath.Join(t.TempDir(), "prog")
	stripped := bin + ".stripped"
	for _, b := range [][]string{{"-o", bin}, {"-ldflags=-s", "-o", stripped}} {
		cmd := exec.Command("go", append(append([]string{"build"}, b...), "./cmd/escape")...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	t.Chdir(dir)
	var fromSource, fromBinary, stderr bytes.Buffer
	if code := run([]string{"order", "./cmd/escape"}, &fromSource, &stderr); code != exitOK {
		t.Fatalf("order: exit %d: %s", code, stderr.String())
	}
	if code := run([]string{"order", "-bin", bin}, &fromBinary, &stderr); code != exitOK {
		t.Fatalf("order -bin: exit %d: %s", code, stderr.String())
	}
	if fromSource.String() != fromBinary.String() {
		t.Errorf("order -bin differs from order:\n--- source ---\n%s--- binary ---\n%s", fromSource.String(), fromBinary.String())
	}
	stderr.Reset()
	if code := run([]string{"order", "-bin", stripped}, &fromBinary, &stderr); code != exitError {
		t.Errorf("order -bin on a stripped binary: exit %d, want %d", code, exitError)
	}
	if lines := strings.Count(stderr.String(), "\n"); lines != 1 || !strings.Contains(stderr.String(), stripped) {
		t.Errorf("order -bin on a stripped binary: want one line naming the file, got %q", stderr.String())
	}
}

// TestSARIF checks the structure code-scanning services rely on: version
// 2.1.0, one rule per analyzer with a description, results whose ruleId
// and ruleIndex name a rule, and locations with a relative URI and a
// line.
func TestSARIF(t *testing.T) {
	t.Chdir(filepath.Join("..", "..", "testdata", "cli"))
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-sarif", "./..."}, &stdout, &stderr); code != exitFindings {
		t.Fatalf("exit %d, want %d: %s", code, exitFindings, stderr.String())
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string                `json:"id"`
						ShortDescription struct{ Text string } `json:"shortDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }    `json:"artifactLocation"`
						Region           struct{ StartLine int } `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "initvet" {
		t.Fatalf("bad SARIF header: version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(analyzer.All()) {
		t.Errorf("%d rules, want one per analyzer (%d)", len(run.Tool.Driver.Rules), len(analyzer.All()))
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ID == "" || r.ShortDescription.Text == "" {
			t.Errorf("rule without id or description: %+v", r)
		}
	}
	if len(run.Results) == 0 {
		t.Fatal("no results")
	}
	for _, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %q: ruleIndex %d does not name rule %q", res.Message.Text, res.RuleIndex, res.RuleID)
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %q: %d locations", res.Message.Text, len(res.Locations))
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI == "" || filepath.IsAbs(loc.ArtifactLocation.URI) || loc.Region.StartLine <= 0 {
			t.Errorf("result %q: bad location %+v", res.Message.Text, loc)
		}
	}
}
