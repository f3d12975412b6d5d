package inittask

import (
	"container/heap"

	"github.com/initvet/initvet/internal/linksym"
)

// Phase says which doInit call of runtime.main runs a package's task.
type Phase string

// The two phases of package initialization in runtime.main.
const (
	PhaseRuntime Phase = "runtime" // doInit(runtime_inittasks), before the deferred unlock and gcenable
	PhaseMain    Phase = "main"    // doInit of the module's inittasks
)

// Placement explains where a package's task sits in the linker's order.
type Placement struct {
	// Task is the index in Program.Tasks; Run the index in
	// Program.Schedule, or -1 when the task has no functions.
	Task, Run int
	Phase     Phase
	// WaitedFor is the import whose scheduling made the package ready, nil
	// when no import has an init task.
	WaitedFor *Package
	// TieWith is set when the package was ready before the task scheduled
	// just ahead of it: it came later only because that task's symbol
	// sorts first. Nil when it became ready exactly then.
	TieWith *Package
	// ReadyAt is the number of tasks the linker had scheduled when the
	// package became ready to run.
	ReadyAt int
}

// schedule computes HasTask for every package and the linker's order:
// the runtime's phase, then the main phase.
func (prog *Program) schedule() {
	prog.markTasks()
	ranEarly := prog.scheduleRuntime()
	prog.RuntimePhase = len(prog.Schedule)
	if prog.Root.HasTask {
		prog.scheduleMain(ranEarly)
	}
}

// markTasks computes HasTask: a package has an init task when it has
// init work or an import has a task (the runtime and package main
// always do).
func (prog *Program) markTasks() {
	state := map[*Package]int{} // 0 unvisited, 1 visiting, 2 done
	var mark func(p *Package)
	mark = func(p *Package) {
		if state[p] != 0 {
			return // a cycle cannot occur in a loaded program; visiting is treated as done
		}
		state[p] = 1
		p.HasTask = p.HasWork() || p.Path == "runtime" || (p == prog.Root && p.Name == "main")
		for _, q := range p.Imports {
			mark(q)
			if q.HasTask {
				p.HasTask = true
			}
		}
		state[p] = 2
	}
	mark(prog.Root)
	if rt := prog.byPath["runtime"]; rt != nil {
		mark(rt)
	}
}

// scheduleRuntime schedules the runtime's phase, the tasks reachable
// from package runtime, and returns the packages that run in it. A
// plugin has no runtime phase of its own (the linker emits no runtime
// init task list, go:runtime.inittasks, for it): its one list runs at
// plugin.Open, which skips the tasks the host has already run.
func (prog *Program) scheduleRuntime() map[*Package]bool {
	ranEarly := map[*Package]bool{}
	rt := prog.byPath["runtime"]
	if rt == nil || prog.Mode == ModePlugin {
		return ranEarly
	}
	tasks, places := linkerOrderPlaced(rt)
	for i, p := range tasks {
		if p.HasWork() {
			ranEarly[p] = true
			prog.Schedule = append(prog.Schedule, p)
			places[i].Run = len(prog.Schedule) - 1
			places[i].Phase = PhaseRuntime
			p.Place = places[i]
		}
	}
	return ranEarly
}

// scheduleMain schedules the main phase, the tasks reachable from the
// root, skipping those that ran early.
func (prog *Program) scheduleMain(ranEarly map[*Package]bool) {
	tasks, places := linkerOrderPlaced(prog.Root)
	prog.Tasks = tasks
	for i, p := range tasks {
		if ranEarly[p] {
			p.Place.Task = i
			continue
		}
		place := places[i]
		place.Task = i
		place.Run = -1
		place.Phase = PhaseMain
		if p.HasWork() {
			prog.Schedule = append(prog.Schedule, p)
			place.Run = len(prog.Schedule) - 1
		}
		p.Place = place
	}
}

// linkerOrderPlaced runs the linker's scheduling algorithm
// (cmd/link/internal/ld.inittaskSym) on the tasks reachable from root:
// Kahn's algorithm that always takes the ready task with the smallest
// symbol name "<prefix>..inittask". It returns the tasks in order and, for
// each, why it is at its place.
func linkerOrderPlaced(root *Package) ([]*Package, []*Placement) {
	pending := map[*Package]int{} // imports with tasks not yet scheduled
	importers := map[*Package][]*Package{}
	var ready taskHeap
	var explore func(p *Package)
	explore = func(p *Package) {
		if _, seen := pending[p]; seen {
			return
		}
		pending[p] = 0
		n := 0
		for _, q := range p.Imports {
			if !q.HasTask {
				continue
			}
			n++
			importers[q] = append(importers[q], p)
			explore(q)
		}
		pending[p] = n
		if n == 0 {
			heap.Push(&ready, p)
		}
	}
	explore(root)

	waited := map[*Package]*Package{}
	readyAt := map[*Package]int{} // number of tasks scheduled when it became ready
	var order []*Package
	var places []*Placement
	for ready.Len() > 0 {
		p := heap.Pop(&ready).(*Package)
		place := &Placement{WaitedFor: waited[p], ReadyAt: readyAt[p]}
		if n := len(order); n > 0 && readyAt[p] < n {
			place.TieWith = order[n-1]
		}
		order = append(order, p)
		places = append(places, place)
		for _, imp := range importers[p] {
			pending[imp]--
			if pending[imp] == 0 {
				waited[imp] = p
				readyAt[imp] = len(order)
				heap.Push(&ready, imp)
			}
		}
	}
	return order, places
}

// taskHeap is a min-heap of packages by linker symbol name.
type taskHeap []*Package

func (h taskHeap) Len() int           { return len(h) }
func (h taskHeap) Less(i, j int) bool { return h[i].TaskSymbol() < h[j].TaskSymbol() }
func (h taskHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x any)        { *h = append(*h, x.(*Package)) }
func (h *taskHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// TaskSymbol returns the name of the package's init task symbol, the key
// the linker sorts ready tasks by.
func (p *Package) TaskSymbol() string { return linksym.TaskSymbol(p.Symbol) }

// TaskInfo describes a package for OrderTasks.
type TaskInfo struct {
	Path    string
	Name    string   // package name; "main" makes the root's symbol "main"
	Imports []string // import paths of its direct imports
	HasWork bool
}

// OrderTasks returns the import paths of the packages whose init runs,
// in run order, for the program rooted at root, from a description of
// each package (as facts give it when the program is not loaded whole).
// Imports missing from tasks are taken to have no init task.
func OrderTasks(root string, tasks []TaskInfo, mode BuildMode) []string {
	prog := &Program{Mode: mode, byPath: map[string]*Package{}}
	for _, t := range tasks {
		prog.byPath[t.Path] = &Package{Path: t.Path, Name: t.Name, Symbol: linksym.Prefix(t.Path), work: t.HasWork}
	}
	for _, t := range tasks {
		p := prog.byPath[t.Path]
		for _, imp := range t.Imports {
			if q := prog.byPath[imp]; q != nil {
				p.Imports = append(p.Imports, q)
			}
		}
	}
	prog.Root = prog.byPath[root]
	if prog.Root == nil {
		return nil
	}
	if prog.Root.Name == "main" && mode != ModePlugin {
		prog.Root.Symbol = "main"
	}
	prog.schedule()
	out := make([]string, len(prog.Schedule))
	for i, p := range prog.Schedule {
		out[i] = p.Path
	}
	return out
}
