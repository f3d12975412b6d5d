package inittask_test

import (
	"os"
	"testing"

	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
)

// benchTarget is the program the benchmarks load: cmd/go from GOROOT by
// default, or INITVET_BENCH_PKG run in INITVET_BENCH_DIR (for example
// golang.org/x/tools/gopls in a module that requires it).
func benchTarget() (dir, pattern string) {
	if p := os.Getenv("INITVET_BENCH_PKG"); p != "" {
		return os.Getenv("INITVET_BENCH_DIR"), p
	}
	return "", "cmd/go"
}

// BenchmarkPlainLoad is the floor: a go/packages load of the program
// with syntax and types of every package.
func BenchmarkPlainLoad(b *testing.B) {
	dir, pattern := benchTarget()
	for b.Loop() {
		pkgs, err := packages.Load(&packages.Config{Mode: inittask.LoadMode, Dir: dir}, pattern)
		if err != nil || len(pkgs) != 1 {
			b.Fatalf("load: %v", err)
		}
	}
}

// BenchmarkOrder is what "initvet order" costs on the same program;
// compare with BenchmarkPlainLoad.
func BenchmarkOrder(b *testing.B) {
	dir, pattern := benchTarget()
	for b.Loop() {
		if _, err := inittask.Load(inittask.Config{Dir: dir}, pattern); err != nil {
			b.Fatal(err)
		}
	}
}
