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
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts in testdata/golden")

// TestGolden pins the CLI's output. Each testdata/golden/*.txtar is one
// case: its comment names the directory (relative to the repository's
// testdata) and the command line ("dir: cli", "$ initvet order ./x"), and
// its files hold what the command prints (stdout, stderr, with GOROOT
// written as $GOROOT) and its exit code (exit).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases in testdata/golden (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			file, err := filepath.Abs(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir, args, err := goldenCommand(want.Comment)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			got := runCase(t, dir, args)
			got.Comment = want.Comment
			if *update {
				if err := os.WriteFile(file, txtar.Format(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := archiveDiff(want, got); diff != "" {
				t.Errorf("%s: output differs (go test -update rewrites it):\n%s", file, diff)
			}
		})
	}
}

// goldenCommand reads a case's directory and command line from its
// comment.
func goldenCommand(comment []byte) (dir string, args []string, err error) {
	lines := strings.Split(strings.TrimSpace(string(comment)), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "dir: ") || !strings.HasPrefix(lines[1], "$ initvet") {
		return "", nil, fmt.Errorf(`comment is not "dir: DIR" then "$ initvet ARGS"`)
	}
	return strings.TrimPrefix(lines[0], "dir: "), strings.Fields(strings.TrimPrefix(lines[1], "$ initvet")), nil
}

// runCase runs one initvet command line in dir (relative to the
// repository's testdata) and returns what it printed and its exit code.
func runCase(t *testing.T, dir string, args []string) *txtar.Archive {
	t.Helper()
	t.Chdir(filepath.Join("..", "..", "testdata", dir))
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	goroot := tracetest.GoEnv(t, "GOROOT")
	ar := &txtar.Archive{Files: []txtar.File{{Name: "stdout", Data: []byte(strings.ReplaceAll(stdout.String(), goroot, "$GOROOT"))}}}
	if stderr.Len() > 0 {
		ar.Files = append(ar.Files, txtar.File{Name: "stderr", Data: []byte(strings.ReplaceAll(stderr.String(), goroot, "$GOROOT"))})
	}
	ar.Files = append(ar.Files, txtar.File{Name: "exit", Data: fmt.Appendf(nil, "%d\n", code)})
	return ar
}

// archiveDiff compares two cases file by file and returns, for each
// file that differs, its lines that only one side has, or "".
func archiveDiff(want, got *txtar.Archive) string {
	files := func(a *txtar.Archive) map[string]string {
		m := map[string]string{}
		for _, f := range a.Files {
			m[f.Name] = string(f.Data)
		}
		return m
	}
	w, g := files(want), files(got)
	var b strings.Builder
	for _, name := range []string{"stdout", "stderr", "exit"} {
		if w[name] != g[name] {
			fmt.Fprintf(&b, "-- %s --\n%s", name, lineDiff(w[name], g[name]))
		}
	}
	return b.String()
}

// lineDiff returns the lines of want and got around a longest common
// subsequence: "-" for want only, "+" for got only, " " for both.
func lineDiff(want, got string) string {
	a, b := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			out.WriteString("  " + a[i])
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			out.WriteString("+ " + b[j])
			j++
		default:
			out.WriteString("- " + a[i])
			i++
		}
	}
	return out.String()
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
