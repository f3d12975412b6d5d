package tracetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Corpus returns the absolute path of the calling test's testdata
// directory, the GOPATH tree of an analyzer's corpus, for a test that
// builds and runs its programs; such a test is skipped in -short mode.
func Corpus(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	gopath, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return gopath
}

// RunGOPATH builds and runs the main package pkg of the GOPATH tree
// gopath (an analysistest corpus) with go run, and returns what it
// printed, standard output and error together, and how it ended.
func RunGOPATH(t testing.TB, gopath, pkg string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command("go", "run", pkg)
	cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=")
	return cmd.CombinedOutput()
}
