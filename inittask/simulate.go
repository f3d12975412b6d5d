package inittask

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/types/typeutil"
)

// Effect is what a call made during init does to runtime.main's course.
type Effect string

// The effects the simulation knows.
const (
	EffectLock   Effect = "lock"   // runtime.LockOSThread: main.main stays on the main thread
	EffectUnlock Effect = "unlock" // runtime.UnlockOSThread
	EffectGoexit Effect = "goexit" // runtime.Goexit: init stops, the program deadlocks
	EffectExit   Effect = "exit"   // os.Exit: the process ends before main.main
)

// effectOf maps the functions the simulation follows to their effect.
var effectOf = map[string]Effect{
	"runtime.LockOSThread":   EffectLock,
	"runtime.UnlockOSThread": EffectUnlock,
	"runtime.Goexit":         EffectGoexit,
	"os.Exit":                EffectExit,
}

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
	Program *Program
	Steps   []*Step
	Outcome Outcome
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
	Package *Package
	Run     int // 1-based position in the schedule
	Items   []*Item
	Ran     bool // false when an earlier exit or Goexit stopped init
}

// Item is one function-level unit of a task: a variable initializer that
// needs code or a non-empty init function.
type Item struct {
	Var   *VarInit
	Func  *InitFunc
	Calls []*Call
}

// Pos returns the item's position.
func (it *Item) Pos() token.Pos {
	if it.Var != nil {
		return it.Var.Pos()
	}
	return it.Func.Pos()
}

// Call is a call with a modelled effect made directly by an item.
type Call struct {
	Func        string // e.g. "runtime.LockOSThread"
	Effect      Effect
	Pos         token.Pos
	Conditional bool      // inside a branch or loop: may not run, so the state is unchanged
	Lock        LockState // after the call
}

// OutcomeKind says how runtime.main ends.
type OutcomeKind string

// The ways runtime.main ends.
const (
	OutcomeMain   OutcomeKind = "main"   // main.main runs, then exit(0)
	OutcomeReturn OutcomeKind = "return" // c-archive, c-shared, plugin: main.main never runs
	OutcomeExit   OutcomeKind = "exit"   // os.Exit during init
	OutcomeGoexit OutcomeKind = "goexit" // runtime.Goexit during init: deadlock
)

// Outcome is how runtime.main ends.
type Outcome struct {
	Kind OutcomeKind
	// By is the call that ended init early (exit, goexit), or for
	// OutcomeMain with MainLocked the last unbalanced LockOSThread.
	By         *Call
	ByPackage  *Package
	MainLocked bool // main.main runs wired to the main OS thread
}

// Simulate runs runtime.main over the program's schedule.
func Simulate(prog *Program) *Timeline {
	sim := &simulation{tl: &Timeline{Program: prog}}
	sim.run()
	return sim.tl
}

type simulation struct {
	tl       *Timeline
	lock     LockState
	ended    bool
	lastLock *Call
	lockPkg  *Package
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
	_, cgo := prog.byPath["runtime/cgo"]
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
func (s *simulation) tasks(st *Step, pkgs []*Package, offset int) {
	for i, p := range pkgs {
		t := &Task{Package: p, Run: offset + i + 1, Ran: !s.ended}
		st.Tasks = append(st.Tasks, t)
		for _, it := range items(p) {
			t.Items = append(t.Items, it)
			for _, c := range it.Calls {
				s.call(c, p)
			}
		}
	}
}

// call applies one call's effect to the state.
func (s *simulation) call(c *Call, p *Package) {
	if !s.ended && !c.Conditional {
		switch c.Effect {
		case EffectLock:
			s.lock.User++
			s.lastLock, s.lockPkg = c, p
		case EffectUnlock:
			if s.lock.User > 0 {
				s.lock.User--
			}
		case EffectGoexit:
			// The deferred unlockOSThread runs; the rest of init and main never do.
			s.lock.Runtime = false
			s.end(OutcomeGoexit, c, p)
		case EffectExit:
			s.end(OutcomeExit, c, p)
		}
	}
	c.Lock = s.lock
}

func (s *simulation) end(kind OutcomeKind, c *Call, p *Package) {
	s.ended = true
	s.tl.Outcome = Outcome{Kind: kind, By: c, ByPackage: p}
}

// items lists the package's dynamic initializers and non-empty init
// functions with the modelled calls each makes directly.
func items(p *Package) []*Item {
	var out []*Item
	for _, v := range p.Vars {
		if v.Dynamic {
			out = append(out, &Item{Var: v, Calls: directCalls(p, v.Expr, false)})
		}
	}
	for _, f := range p.Funcs {
		if !f.Empty {
			out = append(out, &Item{Func: f, Calls: bodyCalls(p, f.Decl.Body)})
		}
	}
	return out
}

// bodyCalls finds the modelled calls of a function body; those not in a
// top-level statement are conditional. Calls deferred at top level run
// unconditionally when the body returns, last deferred first.
func bodyCalls(p *Package, body *ast.BlockStmt) []*Call {
	var out, deferred []*Call
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.ExprStmt:
			_, top := st.X.(*ast.CallExpr)
			out = append(out, directCalls(p, st, !top)...)
		case *ast.DeferStmt:
			deferred = append(directCalls(p, st.Call, false), deferred...)
		default:
			out = append(out, directCalls(p, st, true)...)
		}
	}
	return append(out, deferred...)
}

// directCalls finds the calls of modelled functions inside n, not
// descending into function literals (they run only when called) nor go
// statements (they run on another goroutine).
func directCalls(p *Package, n ast.Node, conditional bool) []*Call {
	var out []*Call
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			fn := typeutil.StaticCallee(p.Pkg.TypesInfo, n)
			if fn == nil {
				return true
			}
			if eff, ok := effectOf[fn.FullName()]; ok {
				out = append(out, &Call{Func: fn.FullName(), Effect: eff, Pos: n.Pos(), Conditional: conditional})
			}
		}
		return true
	})
	return out
}
