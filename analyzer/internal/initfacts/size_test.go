package initfacts_test

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"testing"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/realprog"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Bounds on the encoded size of one fact. The package fact of a main
// package carries the init of the whole program; function facts carry
// one function's effects.
const (
	maxPackageFact = 1 << 20
	maxFuncFact    = 64 << 10
)

// TestFactSize analyzes a program and bounds the size of every fact, as
// go vet writes them. It uses cmd/go, and with INITVET_REAL=1
// golangci-lint, the largest of the real programs, fetched through the
// module proxy into the user cache directory (see internal/realprog).
func TestFactSize(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a whole program")
	}
	dir, pattern := "", "cmd/go"
	if os.Getenv("INITVET_REAL") == "1" {
		p, _ := realprog.Lookup("golangci-lint")
		var err error
		if dir, err = p.Prepare(false); err != nil {
			t.Fatal(err)
		}
		pattern = p.Pkg
	}
	pkgs, err := packages.Load(&packages.Config{Mode: inittask.LoadMode, Dir: dir}, pattern)
	if err != nil || len(pkgs) != 1 {
		t.Fatalf("load %s: %v", pattern, err)
	}
	graph, err := checker.Analyze(analyzer.All(), pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var largestPkg, largestFunc int
	var largestPkgName, largestFuncName string
	for act := range graph.All() {
		if act.Analyzer != initfacts.Analyzer {
			continue
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package != act.Package.Types {
				continue
			}
			if n := encodedSize(t, f.Fact); n > largestPkg {
				largestPkg, largestPkgName = n, f.Package.Path()
			}
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() != act.Package.Types {
				continue
			}
			if n := encodedSize(t, f.Fact); n > largestFunc {
				largestFunc, largestFuncName = n, f.Object.Pkg().Path()+"."+f.Object.Name()
			}
		}
	}
	t.Logf("%s: largest package fact %d bytes (%s), largest object fact %d bytes (%s)",
		filepath.Base(pattern), largestPkg, largestPkgName, largestFunc, largestFuncName)
	if largestPkg == 0 {
		t.Fatal("no package facts")
	}
	if largestPkg > maxPackageFact {
		t.Errorf("package fact of %s is %d bytes, over %d", largestPkgName, largestPkg, maxPackageFact)
	}
	if largestFunc > maxFuncFact {
		t.Errorf("object fact of %s is %d bytes, over %d", largestFuncName, largestFunc, maxFuncFact)
	}
}

func encodedSize(t *testing.T, fact any) int {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatalf("encoding %T: %v", fact, err)
	}
	return buf.Len()
}
