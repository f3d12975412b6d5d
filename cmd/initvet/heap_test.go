package main

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

func TestExpectedLive(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, make([]byte, size), 0o666); err != nil {
			t.Fatal(err)
		}
		return file
	}
	std := &packages.Package{PkgPath: "fmt", CompiledGoFiles: []string{write("std.go", 1000)}}
	dep := &packages.Package{PkgPath: "example.com/dep", Module: &packages.Module{Path: "example.com/dep"},
		CompiledGoFiles: []string{write("dep.go", 300), filepath.Join(dir, "missing.go")},
		Imports:         map[string]*packages.Package{"fmt": std}}
	root := &packages.Package{PkgPath: "example.com/app", Module: &packages.Module{Path: "example.com/app"},
		CompiledGoFiles: []string{write("main.go", 200)},
		Imports:         map[string]*packages.Package{"example.com/dep": dep, "fmt": std}}
	if got, want := expectedLive([]*packages.Package{root}), int64(liveStd*1000+liveOther*(300+200)); got != want {
		t.Errorf("expectedLive = %d, want %d (each file once, the standard library's at its own rate)", got, want)
	}
	if got, want := expectedLive([]*packages.Package{std}), int64(liveOther*1000); got != want {
		t.Errorf("expectedLive(fmt) = %d, want %d (a root is not trimmed)", got, want)
	}
}

func TestBoundHeapRestores(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	restore := boundHeap(nil)
	if gc := debug.SetGCPercent(-1); gc != -1 {
		t.Errorf("GOGC during the run = %d, want off", gc)
	}
	if limit := debug.SetMemoryLimit(-1); limit < minHeadroom {
		t.Errorf("memory limit during the run = %d, want at least %d", limit, minHeadroom)
	}
	restore()
	if gc := debug.SetGCPercent(100); gc != 100 {
		t.Errorf("GOGC after the run = %d, want 100 again", gc)
	}
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		t.Errorf("memory limit after the run = %d, want none again", limit)
	}
}

func TestRaiseLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1)) // far below the live heap
	var stop atomic.Bool
	defer stop.Store(true)
	raiseLimit(&stop)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if limit := debug.SetMemoryLimit(-1); limit > int64(ms.HeapAlloc) {
			return
		}
	}
	t.Errorf("memory limit %d did not rise above the live heap after collections", debug.SetMemoryLimit(-1))
}
