// Package timeline simulates runtime.main over a program's init
// schedule (runtime/proc.go): the thread locking, each package's init
// task with the effects of its initializers and init functions, and how
// the program ends.
package timeline

import (
	"go/token"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/inittask"
)

// LockState is the OS-thread wiring of the main goroutine: the runtime's
// internal lockOSThread during init, and the count of user
// runtime.LockOSThread calls not yet undone.
type LockState struct {
	Runtime bool `json:"runtime"`
	User    int  `json:"user"`
}

// Locked reports whether the main goroutine is wired to the main thread.
func (l LockState) Locked() bool { return l.Runtime || l.User > 0 }

// Timeline is the simulated course of runtime.main for a program.
type Timeline struct {
	Program *inittask.Program
	Steps   []*Step
	Outcome Outcome
	// Shared lists the state unrelated packages' inits share: the
	// reader's place in the timeline depends on the linker's order only.
	Shared []initeffect.Shared
	// Possible lists the other ways runtime.main can end: the exits,
	// Goexits and blocks that happen on some paths before the Outcome.
	Possible []*Outcome
	// Summaries are the effect summaries the timeline was made from.
	Summaries Summaries
}

// Step is one of the ten steps of runtime.main (runtime/proc.go).
type Step struct {
	N      int
	Name   string    // what runtime.main does, e.g. "lockOSThread()"
	Detail string    // why it matters
	Ran    bool      // false for steps the program never reaches or skips
	Tasks  []*Task   // for the two doInit steps
	Lock   LockState // after the step
}

// Task is the run of one package's init task.
type Task struct {
	Package *inittask.Package
	Run     int // 1-based position in the schedule
	Items   []*Item
	Ran     bool // false when an earlier exit or Goexit stopped init
}

// Item is one function-level unit of a task: a variable initializer that
// needs code or a non-empty init function.
type Item struct {
	Var    *inittask.VarInit
	Func   *inittask.InitFunc
	Events []*Event
}

// Pos returns the item's position.
func (it *Item) Pos() token.Pos {
	if it.Var != nil {
		return it.Var.Pos()
	}
	return it.Func.Pos()
}

// Event is an effect of an item, at its point in the timeline, with the
// thread state after it. Unconditional lock, unlock, exit, Goexit and
// blocking effects change the course of the simulation; conditional ones
// are shown but change nothing.
type Event struct {
	Effect initeffect.Effect
	Lock   LockState
	// IfRuns is how runtime.main ends if an effect that happens only on
	// some paths (an exit, a Goexit, a block) does happen; nil otherwise.
	IfRuns *Outcome
}

// OutcomeKind says how runtime.main ends.
type OutcomeKind string

// The ways runtime.main ends.
const (
	OutcomeMain   OutcomeKind = "main"   // main.main runs, then exit(0)
	OutcomeReturn OutcomeKind = "return" // c-archive, c-shared, plugin: main.main never runs
	OutcomeExit   OutcomeKind = "exit"   // os.Exit during init
	OutcomeGoexit OutcomeKind = "goexit" // runtime.Goexit during init: deadlock
	OutcomeBlock  OutcomeKind = "block"  // init blocks forever: main.main never runs
	// OutcomePanic is a registration during init that panics: a flag
	// defined twice, a second sql driver of a name (initdup).
	OutcomePanic OutcomeKind = "panic"
)

// Outcome is how runtime.main ends.
type Outcome struct {
	Kind OutcomeKind
	// By is the event that ended init early (exit, goexit, block), or
	// for OutcomeMain with MainLocked the last unbalanced LockOSThread.
	By         *Event
	ByPackage  *inittask.Package
	MainLocked bool // main.main runs wired to the main OS thread
	// Panic is the message a panicking registration prints, when known.
	Panic string
}

// Simulate runs runtime.main over the program's schedule, with the
// effects of each init from the program's summaries; model says which
// second registrations panic.
func Simulate(prog *inittask.Program, sums Summaries, model *initeffect.Model) *Timeline {
	sim := &simulation{tl: &Timeline{Program: prog, Shared: sums.Shared(prog), Summaries: sums}, sums: sums,
		model: model, registered: map[initeffect.VarKey]initeffect.Effect{}}
	sim.run()
	return sim.tl
}

type simulation struct {
	tl       *Timeline
	sums     Summaries
	model    *initeffect.Model
	lock     LockState
	ended    bool
	lastLock *Event
	lockPkg  *inittask.Package
	// registered holds the first write of each entry of a registry
	// whose second write can panic.
	registered map[initeffect.VarKey]initeffect.Effect
}

func (s *simulation) step(name, detail string, ran bool) *Step {
	st := &Step{N: len(s.tl.Steps) + 1, Name: name, Detail: detail, Ran: ran && !s.ended}
	s.tl.Steps = append(s.tl.Steps, st)
	return st
}

func (s *simulation) finish(st *Step) { st.Lock = s.lock }

func (s *simulation) run() {
	prog := s.tl.Program
	s.finish(s.step("start", "maxstacksize, mainStarted = true, start sysmon", true))

	s.lock.Runtime = true
	s.finish(s.step("lockOSThread()", "the main goroutine is wired to the main OS thread during init", true))

	st := s.step("doInit(runtime_inittasks)", "the runtime and its dependencies", true)
	s.tasks(st, prog.Schedule[:prog.RuntimePhase], 0)
	s.finish(st)

	s.finish(s.step("defer unlockOSThread()", "so that runtime.Goexit during init still unlocks", true))
	s.finish(s.step("gcenable(); main_init_done = make(chan bool)", "garbage collection on; cgo callbacks wait on main_init_done", true))
	cgo := prog.Package("runtime/cgo") != nil
	s.finish(s.step("cgo: _cgo_notify_runtime_init_done", "only in programs that use cgo", cgo))

	st = s.step("doInit(main inittasks)", "every other package, in the linker's order", true)
	s.tasks(st, prog.Schedule[prog.RuntimePhase:], prog.RuntimePhase)
	s.finish(st)

	st = s.step("close(main_init_done); unlockOSThread()", "main.main stays on the main thread only if init called runtime.LockOSThread", true)
	if !s.ended {
		s.lock.Runtime = false
	}
	s.finish(st)

	library := !prog.Mode.RunsMain()
	s.finish(s.step("return if c-archive/c-shared", "the library's exported functions are called by C; main.main never runs", library))
	s.finish(s.step("main.main(); exit(0)", "", !library))

	switch {
	case s.ended:
	case library:
		s.tl.Outcome = Outcome{Kind: OutcomeReturn}
	default:
		s.tl.Outcome = Outcome{Kind: OutcomeMain, MainLocked: s.lock.Locked(), By: s.lastLock, ByPackage: s.lockPkg}
		if !s.lock.Locked() {
			s.tl.Outcome.By, s.tl.Outcome.ByPackage = nil, nil
		}
	}
}

// tasks runs the packages of one doInit step.
func (s *simulation) tasks(st *Step, pkgs []*inittask.Package, offset int) {
	for i, p := range pkgs {
		t := &Task{Package: p, Run: offset + i + 1, Ran: !s.ended}
		st.Tasks = append(st.Tasks, t)
		for _, it := range items(p, s.sums[p], s.model) {
			t.Items = append(t.Items, it)
			for _, ev := range it.Events {
				s.apply(ev, p)
			}
		}
	}
}

// apply applies one event's effect to the state.
func (s *simulation) apply(ev *Event, p *inittask.Package) {
	if !s.ended && ev.Effect.Kind == initeffect.KindWrite {
		s.register(ev, p)
	}
	if !s.ended && ev.Effect.Conditional {
		switch ev.Effect.Kind {
		case initeffect.KindGoexit:
			ev.IfRuns = &Outcome{Kind: OutcomeGoexit, By: ev, ByPackage: p}
		case initeffect.KindExit:
			ev.IfRuns = &Outcome{Kind: OutcomeExit, By: ev, ByPackage: p}
		case initeffect.KindBlock:
			ev.IfRuns = &Outcome{Kind: OutcomeBlock, By: ev, ByPackage: p}
		}
		if ev.IfRuns != nil {
			s.tl.Possible = append(s.tl.Possible, ev.IfRuns)
		}
	}
	if !s.ended && !ev.Effect.Conditional {
		switch ev.Effect.Kind {
		case initeffect.KindLock:
			s.lock.User++
			s.lastLock, s.lockPkg = ev, p
		case initeffect.KindUnlock:
			if s.lock.User > 0 {
				s.lock.User--
			}
		case initeffect.KindGoexit:
			// The deferred unlockOSThread runs; the rest of init and main never do.
			s.lock.Runtime = false
			s.end(OutcomeGoexit, ev, p)
		case initeffect.KindExit:
			s.end(OutcomeExit, ev, p)
		case initeffect.KindBlock:
			s.end(OutcomeBlock, ev, p)
		}
	}
	ev.Lock = s.lock
}

func (s *simulation) end(kind OutcomeKind, ev *Event, p *inittask.Package) {
	s.ended = true
	s.tl.Outcome = Outcome{Kind: kind, By: ev, ByPackage: p}
}

// register applies a write of a registry entry: the second one panics
// when the model says so, unless the init that makes it also reads the
// registry (it registers only what it does not find) or it is the same
// registration reached again (Effect.Once).
func (s *simulation) register(ev *Event, p *inittask.Package) {
	e := ev.Effect
	first, seen := s.registered[*e.Var]
	if !seen {
		s.registered[*e.Var] = e
		return
	}
	if initeffect.SameRegistration(first, e) || s.reads(p, *e.Var) {
		return
	}
	panics, msg := s.model.SecondWrite(first, e)
	if !panics {
		return
	}
	if e.Conditional || first.Conditional {
		ev.IfRuns = &Outcome{Kind: OutcomePanic, By: ev, ByPackage: p, Panic: msg}
		s.tl.Possible = append(s.tl.Possible, ev.IfRuns)
		return
	}
	s.end(OutcomePanic, ev, p)
	s.tl.Outcome.Panic = msg
}

// reads reports whether p's init reads the registry entry key.
func (s *simulation) reads(p *inittask.Package, key initeffect.VarKey) bool {
	sum := s.sums[p]
	if sum == nil {
		return false
	}
	for _, it := range sum.Items {
		if initeffect.ReadsEntry(it.Effects, key) {
			return true
		}
	}
	return false
}

// items lists the package's dynamic initializers and non-empty init
// functions with the effects each has, variable accesses left out but
// for registrations that may panic.
func items(p *inittask.Package, sum *summary.Summary, model *initeffect.Model) []*Item {
	byVar := map[any][]initeffect.Effect{}
	if sum != nil {
		for _, it := range sum.Items {
			if it.Init != nil {
				byVar[it.Init.Lhs[0]] = it.Effects
			} else {
				byVar[it.Func] = it.Effects
			}
		}
	}
	var out []*Item
	for _, v := range p.Vars {
		if v.Dynamic {
			out = append(out, &Item{Var: v, Events: events(byVar[v.Vars[0]], model)})
		}
	}
	for _, f := range p.Funcs {
		if !f.Empty {
			out = append(out, &Item{Func: f, Events: events(byVar[f.Decl], model)})
		}
	}
	return out
}

func events(effects []initeffect.Effect, model *initeffect.Model) []*Event {
	var out []*Event
	for _, e := range effects {
		if e.Kind != initeffect.KindRead && e.Kind != initeffect.KindWrite && !e.Kind.Internal() || mayPanic(e, model) {
			out = append(out, &Event{Effect: e})
		}
	}
	return out
}

// mayPanic reports whether e writes a named entry of a registry whose
// second write can panic.
func mayPanic(e initeffect.Effect, model *initeffect.Model) bool {
	if e.Kind != initeffect.KindWrite || e.Var == nil || !e.Var.Registry || e.Var.Key == "" || e.Var.Dynamic || e.Sync {
		return false
	}
	rule, _ := model.Duplicate(*e.Var)
	return rule == initeffect.DuplicatePanics
}
