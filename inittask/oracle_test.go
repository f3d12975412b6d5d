package inittask_test

import (
	"bufio"
	"cmp"
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/initvet/initvet/initbinary"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/realprog"
	"github.com/initvet/initvet/internal/tracetest"
)

// The oracle tests build programs, run them with GODEBUG=inittrace=1 and
// require the model's Schedule to list exactly the packages whose init
// tasks the runtime ran, in the same order.

// oracleDir is the module of small test programs, one per command in cmd/.
const oracleDir = "../testdata/oracle"

// TestOracle checks every program of testdata/oracle/cmd.
func TestOracle(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(oracleDir, "cmd"))
	if err != nil {
		t.Fatal(err)
	}
	dir, err := filepath.Abs(oracleDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			pkg := "./cmd/" + e.Name()
			bin := tracetest.Build(t, dir, pkg)
			prog, trace := checkOracle(t, dir, pkg, bin)
			checkMarkers(t, prog, trace)
		})
	}
}

// TestOracleGOROOT checks the init tests of $GOROOT/test that are run,
// not error-checked, and the multi-package issue31636 test.
func TestOracleGOROOT(t *testing.T) {
	testDir := filepath.Join(tracetest.GoEnv(t, "GOROOT"), "test")
	files, err := filepath.Glob(filepath.Join(testDir, "*init*.go"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(src), "\n")
		if strings.TrimSpace(first) != "// run" {
			continue // errorcheck, compile, ... tests
		}
		n++
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := tempModule(t, "oracle/"+name, map[string]string{"main.go": string(src)})
			bin := tracetest.Build(t, dir, ".")
			checkOracle(t, dir, ".", bin)
		})
	}
	if n == 0 {
		t.Errorf("no runnable init tests in %s", testDir)
	}

	// issue31636: package main imports "./c", "./b", "./a"; the tasks run
	// in the lexical order of their paths. The imports are rewritten into
	// the temporary module; the last path elements, and so the order,
	// stay the same.
	t.Run("issue31636", func(t *testing.T) {
		t.Parallel()
		const mod = "oracle/issue31636"
		dirFiles, err := filepath.Glob(filepath.Join(testDir, "fixedbugs", "issue31636.dir", "*.go"))
		if err != nil || len(dirFiles) == 0 {
			t.Fatalf("issue31636.dir: %v (%d files)", err, len(dirFiles))
		}
		files := map[string]string{}
		for _, f := range dirFiles {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.ReplaceAll(string(src), `"./`, `"`+mod+`/`)
			name := packageName(t, text)
			if name == "main" {
				files[filepath.Base(f)] = text
			} else {
				files[filepath.Join(name, filepath.Base(f))] = text
			}
		}
		dir := tempModule(t, mod, files)
		bin := tracetest.Build(t, dir, ".")
		checkOracle(t, dir, ".", bin)
	})
}

// TestOracleCmd checks two commands of the Go distribution.
func TestOracleCmd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/go; skipped in -short mode")
	}
	dir := t.TempDir()
	for _, c := range []struct {
		pkg  string
		args []string
	}{
		{"cmd/gofmt", []string{"-h"}},
		{"cmd/go", []string{"help"}},
	} {
		t.Run(filepath.Base(c.pkg), func(t *testing.T) {
			t.Parallel()
			bin := tracetest.Build(t, dir, c.pkg)
			checkOracle(t, dir, c.pkg, bin, c.args...)
		})
	}
}

// TestOracleBuildModes requires the schedule predicted for a build mode
// to equal the tables the linker wrote for that mode. (ReadBinary itself
// is checked against the runtime's trace for c-shared and plugin builds
// in binary_test.go.)
func TestOracleBuildModes(t *testing.T) {
	dir, err := filepath.Abs(oracleDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []inittask.BuildMode{inittask.ModePIE, inittask.ModeCShared, inittask.ModePlugin} {
		t.Run(string(mode), func(t *testing.T) {
			t.Parallel()
			const pkg = "./cmd/diamond"
			bin := tracetest.Build(t, dir, pkg, "-buildmode="+string(mode))
			prog, err := inittask.Load(inittask.Config{Dir: dir, BuildMode: mode}, pkg)
			if err != nil {
				t.Fatal(err)
			}
			tasks, err := initbinary.Read(bin)
			if err != nil {
				t.Fatal(err)
			}
			var predicted []string
			for _, p := range prog.Schedule {
				predicted = append(predicted, p.Path)
			}
			if diff := tracetest.Diff(predicted, tasks.Order()); diff != "" {
				t.Errorf("-buildmode=%s: predicted schedule (left) differs from the binary's tables (right):\n%s", mode, diff)
			}
		})
	}
}

// TestOracleReal checks real programs fetched through the module proxy,
// each in its own module under os.UserCacheDir()/initvet-real, which is
// kept so that reruns do not download again. Run it with
//
//	INITVET_REAL=1 go test ./inittask/ -run OracleReal -v -timeout 30m
func TestOracleReal(t *testing.T) {
	if os.Getenv("INITVET_REAL") != "1" {
		t.Skip("downloads and builds gofumpt, staticcheck, gopls and golangci-lint (and with INITVET_UNSEEN=1 " +
			"the nine unseen programs); run with INITVET_REAL=1 go test ./inittask/ -run OracleReal -v -timeout 30m")
	}
	for _, p := range realprog.OrderSample() {
		t.Run(p.Name, func(t *testing.T) {
			dir, err := p.Prepare(false)
			if err != nil {
				t.Fatal(err)
			}
			bin := tracetest.Build(t, dir, p.Pkg)
			prog, trace := checkOracle(t, dir, p.Pkg, bin, p.Args...)
			t.Logf("%s@%s: %d packages in the trace, %d predicted, %d packages in the program",
				p.Pkg, p.Version, len(trace), len(prog.Schedule), len(prog.Packages))
		})
	}
}

// checkOracle loads pattern in dir, runs bin with args and the init
// trace on, and requires the model's schedule, and the tables that
// ReadBinary finds in bin, to equal the trace.
func checkOracle(t *testing.T, dir, pattern, bin string, args ...string) (*inittask.Program, []string) {
	t.Helper()
	prog, err := inittask.Load(inittask.Config{Dir: dir, BuildMode: inittask.ModeExe}, pattern)
	if err != nil {
		t.Fatalf("Load(%s): %v", pattern, err)
	}
	trace := tracetest.Trace(t, bin, prog.Root.Path, args...)
	var predicted []string
	for _, p := range prog.Schedule {
		predicted = append(predicted, p.Path)
	}
	if diff := tracetest.Diff(inittask.OrderTasks(prog.Root.Path, taskInfos(prog), prog.Mode), predicted); diff != "" {
		t.Errorf("%s: OrderTasks (left) differs from the loaded program's schedule (right):\n%s", pattern, diff)
	}
	if diff := tracetest.Diff(predicted, trace); diff != "" {
		t.Errorf("%s: predicted schedule (%d packages) differs from the runtime's init trace (%d packages):\n%s%s",
			pattern, len(predicted), len(trace), diff, reasons(prog, predicted, trace))
	}

	tasks, err := initbinary.Read(bin)
	if err != nil {
		t.Errorf("ReadBinary: %v", err)
	} else if diff := tracetest.Diff(tasks.Order(), trace); diff != "" {
		t.Errorf("%s: ReadBinary order (left) differs from the runtime's init trace (right):\n%s", pattern, diff)
	}
	return prog, trace
}

// reasons explains, for each package that only one side has, what the
// model thinks of its init work.
func reasons(prog *inittask.Program, predicted, trace []string) string {
	var b strings.Builder
	for _, path := range predicted {
		if !slices.Contains(trace, path) {
			fmt.Fprintf(&b, "spurious %s: %s\n", path, prog.WorkReason(prog.Package(path)))
		}
	}
	for _, path := range trace {
		if !slices.Contains(predicted, path) {
			fmt.Fprintf(&b, "missing %s: %s\n", path, prog.WorkReason(prog.Package(path)))
		}
	}
	return b.String()
}

// checkMarkers checks that the packages of testdata/oracle still test
// what their doc comments say: "oracle: runs" packages are in the
// trace, "oracle: no init" packages are not. A failure means the
// runtime changed, not the model.
func checkMarkers(t *testing.T, prog *inittask.Program, trace []string) {
	t.Helper()
	for _, p := range prog.Packages {
		if !strings.HasPrefix(p.Path, "ex/") || p == prog.Root {
			continue
		}
		marker := ""
		for _, f := range p.Pkg.Syntax {
			marker = cmp.Or(marker, oracleMarker(f.Doc))
		}
		ran := slices.Contains(trace, p.Path)
		switch marker {
		case "runs":
			if !ran {
				t.Errorf("testdata: %s says \"oracle: runs\" but its init task did not run", p.Path)
			}
		case "no init":
			if ran {
				t.Errorf("testdata: %s says \"oracle: no init\" but its init task ran", p.Path)
			}
		default:
			t.Errorf("testdata: %s has no \"oracle: runs\" or \"oracle: no init\" line in its doc comment", p.Path)
		}
	}
}

// oracleMarker returns what an "oracle: ..." line of a doc comment says.
func oracleMarker(doc *ast.CommentGroup) string {
	if doc == nil {
		return ""
	}
	sc := bufio.NewScanner(strings.NewReader(doc.Text()))
	for sc.Scan() {
		if m, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "oracle:"); ok {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

// tempModule writes a module with the given files (relative paths to
// contents) into a temporary directory and returns it.
func tempModule(t *testing.T, path string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module " + path + "\n\ngo 1.26\n"
	for name, text := range files {
		file := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// packageName returns the name in the package clause of a Go file.
func packageName(t *testing.T, src string) string {
	t.Helper()
	for line := range strings.Lines(src) {
		if name, ok := strings.CutPrefix(line, "package "); ok {
			return strings.TrimSpace(name)
		}
	}
	t.Fatalf("no package clause in:\n%s", src)
	return ""
}

// taskInfos describes the program's packages as facts would.
func taskInfos(prog *inittask.Program) []inittask.TaskInfo {
	var out []inittask.TaskInfo
	for _, p := range prog.Packages {
		t := inittask.TaskInfo{Path: p.Path, Name: p.Name, HasWork: p.HasWork()}
		for _, q := range p.Imports {
			t.Imports = append(t.Imports, q.Path)
		}
		out = append(out, t)
	}
	return out
}

// TestOracleWhy asks Explain about every pair of packages that run in the
// escape and diamond programs and requires the package it says runs first
// to come first in the runtime's trace, and an import reason exactly when
// one package depends on the other.
func TestOracleWhy(t *testing.T) {
	dir, err := filepath.Abs(oracleDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"escape", "diamond"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			pkg := "./cmd/" + name
			bin := tracetest.Build(t, dir, pkg)
			prog, err := inittask.Load(inittask.Config{Dir: dir}, pkg)
			if err != nil {
				t.Fatal(err)
			}
			trace := tracetest.Trace(t, bin, prog.Root.Path)
			for i, a := range trace {
				for _, b := range trace[i+1:] {
					w, err := prog.Explain(b, a)
					if err != nil {
						t.Fatalf("Explain(%s, %s): %v", b, a, err)
					}
					if w.First.Path != a || w.Second.Path != b {
						t.Errorf("Explain(%s, %s) says %s runs first; the runtime ran %s first", b, a, w.First.Path, a)
					}
					depends := dependsOn(prog.Package(b), prog.Package(a))
					if (w.Kind == inittask.WhyImport) != depends {
						t.Errorf("Explain(%s, %s): reason %s, but %s depends on %s: %v", b, a, w.Kind, b, a, depends)
					}
				}
			}
		})
	}
}

// dependsOn reports whether p imports q, directly or indirectly.
func dependsOn(p, q *inittask.Package) bool {
	seen := map[*inittask.Package]bool{}
	var walk func(p *inittask.Package) bool
	walk = func(p *inittask.Package) bool {
		if p == q {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
		return slices.ContainsFunc(p.Imports, walk)
	}
	return p != q && walk(p)
}
