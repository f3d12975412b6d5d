// Package tracetest builds Go programs and reads the order in which the
// runtime really runs their package init tasks, as printed with
// GODEBUG=inittrace=1. Tests use it as the oracle for package inittask.
package tracetest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/initvet/initvet/internal/linksym"
)

// RunTimeout bounds how long Trace lets a program run. Tracing happens
// before main.main, so a program that waits for input or serves forever
// is killed and its trace still read.
var RunTimeout = 30 * time.Second

// Build runs "go build -o BIN args... pkg" in dir, with the go command
// found in PATH, and returns the path of the binary BIN, which is in a
// temporary directory of t. args are extra build flags. The test fails
// at once if the build fails.
func Build(t testing.TB, dir, pkg string, args ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "prog")
	cmdArgs := append([]string{"build", "-o", bin}, args...)
	cmdArgs = append(cmdArgs, pkg)
	cmd := exec.Command("go", cmdArgs...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(cmdArgs, " "), dir, err, out)
	}
	return bin
}

// traceLine matches a line printed by runtime.doInit1 with inittrace on:
// "init <symbol prefix> @<t> ms, <d> ms clock, <n> bytes, <m> allocs".
var traceLine = regexp.MustCompile(`^init (\S+) @[0-9.]+ ms, [0-9.]+ ms clock, [0-9]+ bytes, [0-9]+ allocs$`)

// Trace runs bin with args, standard input closed and GODEBUG=inittrace=1,
// and returns the import paths of the packages whose init tasks ran, in
// the order they ran. The runtime prints linker symbol prefixes: Trace
// undoes their %xx escaping and replaces "main" by mainPath. The
// program's exit status is ignored: the trace is printed before main.main
// runs, so usage errors do not matter. The test fails at once if the
// program cannot be started or prints no trace at all.
func Trace(t testing.TB, bin, mainPath string, args ...string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), RunTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(environ(), "GODEBUG=inittrace=1")
	cmd.Stdin = nil // the null device
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = nil
	err := cmd.Run()
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	pkgs, err := Parse(stderr.Bytes(), mainPath)
	if err != nil {
		t.Fatalf("%s: %v", bin, err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("%s printed no init trace (exit: %v); stderr:\n%s", bin, err, stderr.Bytes())
	}
	return pkgs
}

// Parse returns the packages named by the inittrace lines in the output
// of a program, in order, as import paths; other lines are skipped. The
// package "main" is reported as mainPath.
func Parse(stderr []byte, mainPath string) ([]string, error) {
	var pkgs []string
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := traceLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		if m[1] == "main" {
			pkgs = append(pkgs, mainPath)
			continue
		}
		path, err := linksym.Path(m[1])
		if err != nil {
			return nil, fmt.Errorf("inittrace line %q: %v", sc.Text(), err)
		}
		pkgs = append(pkgs, path)
	}
	return pkgs, sc.Err()
}

// environ returns the environment without GODEBUG, which Trace sets.
func environ() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GODEBUG=") {
			env = append(env, kv)
		}
	}
	return env
}

// Diff returns a readable comparison of the predicted order want and
// the traced order got, or "" when they are equal: a line per position
// with both sides, and the packages only one side has.
func Diff(want, got []string) string {
	if strings.Join(want, "\n") == strings.Join(got, "\n") {
		return ""
	}
	inWant := map[string]bool{}
	for _, p := range want {
		inWant[p] = true
	}
	inGot := map[string]bool{}
	for _, p := range got {
		inGot[p] = true
	}
	var b strings.Builder
	var spurious, missing []string
	for _, p := range want {
		if !inGot[p] {
			spurious = append(spurious, p)
		}
	}
	for _, p := range got {
		if !inWant[p] {
			missing = append(missing, p)
		}
	}
	if len(spurious) > 0 {
		fmt.Fprintf(&b, "predicted but not run (spurious): %s\n", strings.Join(spurious, " "))
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "run but not predicted (missing): %s\n", strings.Join(missing, " "))
	}
	fmt.Fprintf(&b, "%4s  %-50s %s\n", "#", "predicted", "runtime trace")
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		mark := " "
		if w != g {
			mark = "!"
		}
		fmt.Fprintf(&b, "%s%3d  %-50s %s\n", mark, i, w, g)
	}
	return b.String()
}

// GoEnv returns the value of a "go env" variable, failing the test if it
// is empty or the go command fails.
func GoEnv(t testing.TB, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	v := strings.TrimSpace(string(out))
	if v == "" {
		t.Fatalf("go env %s is empty", name)
	}
	return v
}
