package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDrivers runs every analyzer corpus through the standalone driver
// (initvet -json) and through go vet -vettool, and requires the same
// findings from both: the analyzers must not depend on seeing the whole
// program's syntax, only on facts.
func TestDrivers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds initvet and runs go vet; skipped in -short mode")
	}
	bin := filepath.Join(t.TempDir(), "initvet")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpora, err := filepath.Glob("../../analyzer/*/testdata")
	if err != nil || len(corpora) == 0 {
		t.Fatalf("no analyzer corpora: %v", err)
	}
	for _, corpus := range corpora {
		gopath, err := filepath.Abs(corpus)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(corpus))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			pkgs := corpusPackages(t, gopath)
			env := append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=")

			standalone := exec.Command(bin, append([]string{"-json"}, pkgs...)...)
			standalone.Env, standalone.Dir = env, gopath
			out, err := standalone.Output()
			var exit *exec.ExitError
			if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != exitFindings) {
				t.Fatalf("initvet -json: %v\n%s", err, exitStderr(err))
			}
			want := parseFindings(t, out, gopath)

			vet := exec.Command("go", append([]string{"vet", "-vettool=" + bin, "-json"}, pkgs...)...)
			vet.Env, vet.Dir = env, gopath
			var stdout, stderr bytes.Buffer
			vet.Stdout, vet.Stderr = &stdout, &stderr
			if err := vet.Run(); err != nil {
				t.Fatalf("go vet -vettool: %v\n%s", err, stderr.String())
			}
			got := parseFindings(t, stdout.Bytes(), gopath)

			if len(want) == 0 {
				t.Errorf("standalone initvet found nothing in %s; the corpus should have positives", corpus)
			}
			if !slices.Equal(got, want) {
				t.Errorf("go vet -vettool findings differ from standalone:\n--- vet ---\n%s\n--- standalone ---\n%s",
					strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// corpusPackages lists the packages of a GOPATH-layout corpus that are
// not stand-ins for third-party code (those under example.com).
func corpusPackages(t *testing.T, gopath string) []string {
	dirs, err := filepath.Glob(filepath.Join(gopath, "src", "example.com", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, d := range dirs {
		pkgs = append(pkgs, "example.com/"+filepath.Base(d))
	}
	return pkgs
}

// parseFindings reads go vet -json output (JSON objects, possibly after
// "# pkg" lines) and returns "pkg analyzer posn: message" lines, sorted,
// with file names made absolute.
func parseFindings(t *testing.T, data []byte, dir string) []string {
	t.Helper()
	var lines []string
	var clean bytes.Buffer
	for line := range strings.Lines(string(data)) {
		if !strings.HasPrefix(line, "#") {
			clean.WriteString(line)
		}
	}
	dec := json.NewDecoder(&clean)
	for {
		var tree map[string]map[string][]struct {
			Posn    string `json:"posn"`
			Message string `json:"message"`
		}
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("bad JSON: %v\n%s", err, data)
		}
		for pkg, byAnalyzer := range tree {
			for a, diags := range byAnalyzer {
				for _, d := range diags {
					posn := d.Posn
					if !filepath.IsAbs(posn) {
						posn = filepath.Join(dir, posn)
					}
					lines = append(lines, pkg+" "+a+" "+posn+": "+d.Message)
				}
			}
		}
	}
	slices.Sort(lines)
	return lines
}

func exitStderr(err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(exit.Stderr)
	}
	return ""
}
