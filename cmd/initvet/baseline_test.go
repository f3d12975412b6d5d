package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaseline records the findings of a module, moves the code by some
// lines (the recorded findings must stay accepted), then adds an exit
// (only it must be reported).
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "cli"))); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	base := filepath.Join(dir, "initvet-baseline.json")
	check := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := run(args, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}

	_, all, _ := check("./...")
	recorded := fmt.Sprintf("recorded %d findings", strings.Count(all, "\n")-strings.Count(all, "\n\t")) // related lines are indented
	if code, out, errs := check("-baseline="+base, "-write-baseline", "./..."); code != exitOK || out != "" || !strings.Contains(errs, recorded) {
		t.Fatalf("write baseline: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, out, errs := check("-baseline="+base, "./..."); code != exitOK || out != "" {
		t.Fatalf("with the baseline: exit %d, stdout %q, stderr %q; want no findings", code, out, errs)
	}

	quit := filepath.Join(dir, "quit", "quit.go")
	src, err := os.ReadFile(quit)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "func init() {", "// Moved down.\n\n\nfunc init() {", 1)
	if err := os.WriteFile(quit, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := check("-baseline="+base, "./..."); code != exitOK || out != "" {
		t.Fatalf("after moving lines: exit %d, stdout %q; want the recorded findings still accepted", code, out)
	}

	added := moved + "\nfunc init() {\n\tif len(os.Args) > 7 {\n\t\tos.Exit(7)\n\t}\n}\n"
	if err := os.WriteFile(quit, []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := check("-baseline="+base, "./...")
	if code != exitFindings || strings.Count(out, "\n") != 1 || !strings.Contains(out, "quit/quit.go:") || !strings.Contains(out, "os.Exit") {
		t.Fatalf("after adding an exit: exit %d, stdout %q, stderr %q; want exactly the new finding", code, out, errs)
	}
}
