package tracetest

import (
	"os"
	"os/exec"
	"testing"
)

// RunGOPATH builds and runs the main package pkg of the GOPATH tree
// gopath (an analysistest corpus) with go run, and returns what it
// printed, standard output and error together, and how it ended.
func RunGOPATH(t testing.TB, gopath, pkg string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command("go", "run", pkg)
	cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOFLAGS=")
	return cmd.CombinedOutput()
}
