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
			if want := compareDrivers(t, bin, gopath, corpusPackages(t, gopath), nil, nil); len(want) == 0 {
				t.Errorf("standalone initvet found nothing in %s; the corpus should have positives", corpus)
			}
		})
	}
	// A model extended by settings: the findings of this corpus exist
	// only with them (analyzer.TestCustomModel).
	t.Run("settings", func(t *testing.T) {
		gopath, err := filepath.Abs("../../analyzer/testdata")
		if err != nil {
			t.Fatal(err)
		}
		settings := []string{"mainthread=example.com/gui.Show",
			"registry=write:example.com/codec.Register=codecs,read:example.com/codec.Lookup=codecs,write:example.com/modreg.Register(1)=modules:panic"}
		var standalone, vet []string
		for _, s := range settings {
			standalone = append(standalone, "-"+s)
			vet = append(vet, "-initfacts."+s)
		}
		want := compareDrivers(t, bin, gopath, []string{"example.com/app", "example.com/appgui", "example.com/modapp"}, standalone, vet)
		for _, a := range []string{" initdeps ", " initthread ", " initdup "} {
			if !slices.ContainsFunc(want, func(f string) bool { return strings.Contains(f, a) }) {
				t.Errorf("no%sfinding with the settings:\n%s", a, strings.Join(want, "\n"))
			}
		}
	})
}

// compareDrivers runs the packages of a GOPATH-layout corpus through the
// standalone driver (initvet -json, with flags standalone) and through
// go vet -vettool (with flags vet), requires the same findings from
// both, and returns them.
func compareDrivers(t *testing.T, bin, gopath string, pkgs, standalone, vet []string) []string {
	env := append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=")

	cmd := exec.Command(bin, append(append([]string{"-json"}, standalone...), pkgs...)...)
	cmd.Env, cmd.Dir = env, gopath
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != exitFindings) {
		t.Fatalf("initvet -json: %v\n%s", err, exitStderr(err))
	}
	want := parseFindings(t, out, gopath)

	cmd = exec.Command("go", append(append([]string{"vet", "-vettool=" + bin, "-json"}, vet...), pkgs...)...)
	cmd.Env, cmd.Dir = env, gopath
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go vet -vettool: %v\n%s", err, stderr.String())
	}
	got := parseFindings(t, stdout.Bytes(), gopath)
	if !slices.Equal(got, want) {
		t.Errorf("go vet -vettool findings differ from standalone:\n--- vet ---\n%s\n--- standalone ---\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return want
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

// maxMessage is the length no finding's message may exceed: the
// analyzers word their messages to fit and cut the text they quote
// (report.MaxMessage).
const maxMessage = 200

// parseFindings reads go vet -json output (JSON objects, possibly after
// "# pkg" lines) and returns "pkg analyzer posn: message" lines, sorted,
// with file names made absolute. A message longer than maxMessage is an
// error.
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
					if len(d.Message) > maxMessage {
						t.Errorf("%s %s: message of %d bytes, more than %d: %s", a, posn, len(d.Message), maxMessage, d.Message)
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
