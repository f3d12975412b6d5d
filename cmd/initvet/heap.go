package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync/atomic"

	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
)

// boundHeap gives the run a memory budget instead of the collector's
// default pacing, before the load, and returns a function that restores
// the collector's settings. The load only adds syntax and types that the
// run holds, and the analysis releases them as it goes (see
// wholeProgram.release) while it allocates several times the load's
// memory, mostly short-lived: pacing by the live heap (GOGC) collects a
// growing heap again and again during the load, for nothing. Instead,
// the collector does not run (GOGC=off) until the heap reaches a soft
// limit (runtime/debug.SetMemoryLimit) of heapBudget times the live heap
// that the program's source is expected to make once loaded (see
// expectedLive), and at least minHeadroom more. Should the live heap
// outgrow that, the limit grows with it after each collection (see
// raiseLimit), so that the collector does not run back to back.
//
// GOMEMLIMIT, when set, chooses the limit (with GOMEMLIMIT=off the
// collector keeps its pacing), and GOGC, when set, the pacing.
func boundHeap(pkgs []*packages.Package) (restore func()) {
	gcPercent := debug.SetGCPercent(-1)
	debug.SetGCPercent(gcPercent)
	limit := debug.SetMemoryLimit(-1)
	var stop atomic.Bool
	if os.Getenv("GOMEMLIMIT") == "" {
		live := expectedLive(pkgs)
		debug.SetMemoryLimit(max(int64(float64(live)*heapBudget), live+minHeadroom))
		raiseLimit(&stop)
	}
	if os.Getenv("GOGC") == "" && debug.SetMemoryLimit(-1) != math.MaxInt64 {
		debug.SetGCPercent(-1)
	}
	return func() {
		stop.Store(true)
		debug.SetGCPercent(gcPercent)
		debug.SetMemoryLimit(limit)
	}
}

const (
	// heapBudget is the run's memory budget, as a multiple of the live
	// heap.
	heapBudget = 2.75
	// minHeadroom is the least memory the budget adds to the live heap.
	minHeadroom = 256 << 20
	// minGrowth is the least the limit stays above the live heap, as a
	// multiple of it, when the live heap outgrows what was expected.
	minGrowth = 1.5
	// liveStd and liveOther are the live heap a byte of source makes
	// once parsed and type-checked: in a standard library dependency,
	// of which the load keeps only the bodies that init runs
	// (load.TrimBodies), and elsewhere. Measured on the four pinned
	// programs (docs/performance.md).
	liveStd   = 12
	liveOther = 20
)

// expectedLive returns the live heap that loading pkgs and their
// dependencies is expected to make, from the size of their files. The
// load trims only dependencies (see load.Syntax).
func expectedLive(pkgs []*packages.Package) int64 {
	var live int64
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		per := int64(liveOther)
		if inittask.IsStdPackage(p) && !slices.Contains(pkgs, p) {
			per = liveStd
		}
		for _, name := range p.CompiledGoFiles {
			if st, err := os.Stat(name); err == nil {
				live += per * st.Size()
			}
		}
	})
	return live
}

// raiseLimit keeps the memory limit at minGrowth times the live heap or
// above, checking after each collection, until stop is set.
func raiseLimit(stop *atomic.Bool) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.AddCleanup(&[32]byte{}, func(struct{}) {
			if stop.Load() {
				return
			}
			metrics.Read(sample)
			if want := int64(float64(sample[0].Value.Uint64()) * minGrowth); want > debug.SetMemoryLimit(-1) {
				debug.SetMemoryLimit(want)
			}
			arm()
		}, struct{}{})
	}
	arm()
}
