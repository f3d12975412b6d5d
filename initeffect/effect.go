package initeffect

import (
	"go/token"
	"strconv"
	"strings"
)

// Kind classifies an effect of code that runs during init.
type Kind string

// The effect kinds.
const (
	KindExit       Kind = "exit"       // os.Exit, syscall.Exit, log.Fatal*: the process ends
	KindGoexit     Kind = "goexit"     // runtime.Goexit: init stops, the program deadlocks
	KindLock       Kind = "lock"       // runtime.LockOSThread
	KindUnlock     Kind = "unlock"     // runtime.UnlockOSThread
	KindFlagParse  Kind = "flagparse"  // flag.Parse or flag.CommandLine.Parse
	KindFlagRead   Kind = "flagread"   // reads the value of a command-line flag
	KindBlock      Kind = "block"      // blocks forever, or until main runs
	KindGo         Kind = "go"         // starts a goroutine
	KindRead       Kind = "read"       // reads a package-level variable
	KindWrite      Kind = "write"      // writes a package-level variable
	KindMainThread Kind = "mainthread" // calls a function that must run on the main thread

	// KindCall is a dynamic call (an interface method, a func value)
	// that the code making it cannot resolve alone: the entry whose code
	// creates the values resolves it. Name is the call's shape.
	KindCall Kind = "call"
	// KindValue is a function or method made into a value (a func
	// value, a concrete type converted to an interface) that a dynamic
	// call of the same shape may reach. Name is the shape; Called says
	// what calling it does.
	KindValue Kind = "value"
)

// Internal reports whether the effect only serves to resolve dynamic
// calls (KindCall, KindValue) and is not itself reported.
func (k Kind) Internal() bool { return k == KindCall || k == KindValue }

// Effect is one thing a function, or a package's init, does.
type Effect struct {
	Kind Kind
	// Name says what, for people: "os.Exit", "select {}", "image.formats".
	Name string
	// Var is the variable read or written (KindRead, KindWrite, KindFlagRead).
	Var *VarKey `json:",omitempty"`
	// Sync marks an access that is synchronized or idempotent (atomic,
	// sync types, mutex-guarded, inside sync.Once and friends).
	Sync bool `json:",omitempty"`
	// Indirect marks a write through the variable rather than to it: a
	// map or slice element, or a field or element behind a pointer.
	Indirect bool `json:",omitempty"`
	// Addr marks a write that only takes the variable's address and
	// passes it on (a pointer-receiver method, &v as an argument): the
	// callee may write it.
	Addr bool `json:",omitempty"`
	// KeyArg, when not zero, says that the registry entry accessed is
	// named by the function's parameter KeyArg-1 (the receiver first):
	// a caller passing a constant keys the access (Var.Key).
	KeyArg int `json:",omitempty"`
	// KeyMethod, with KeyArg, says that the entry is what the method of
	// that name returns, called on the parameter (c.Name()).
	KeyMethod string `json:",omitempty"`
	// Value is what a registry write stores under its entry, when a
	// second write panics only if it stores something else: the type
	// gob.Register and RegisterName record, path-qualified
	// ("*example.com/a/model.User"); ValueText is how the registry's
	// panic writes it ("*model.User", as reflect does).
	Value     string `json:",omitempty"`
	ValueText string `json:",omitempty"`
	// Once names the package variable ("path.Name") that makes the
	// effect happen once: it is in a function that returns early when
	// the variable, which only that function sets, is set (generated
	// protobuf code's file_x_proto_init). Two chains to it are one
	// effect.
	Once string `json:",omitempty"`
	// ResultKeys, on a read, are the entries of the function's result
	// map that the value read can influence, when it can influence
	// nothing else (see package resultkeys): a caller that uses only
	// other entries of the result does not use the read.
	ResultKeys []string `json:",omitempty"`
	// Conditional marks an effect that may not happen on every run: it
	// sits in a branch or loop on the way from the entry, or behind a
	// call that can reach several functions.
	Conditional bool `json:",omitempty"`
	// Guards are the package variables ("path.Name") that the effect
	// needs set: it happens only on paths where each is not nil (inside
	// "if v != nil"). During its own package's init, a variable that no
	// initializer or init function has set yet is nil, and the effect
	// does not happen there.
	Guards []string `json:",omitempty"`
	// Chain leads from the entry to the effect: each call site, then the
	// site of the effect itself.
	Chain []Site
	// Goroutine lists what a started goroutine does (KindGo).
	Goroutine []Effect `json:",omitempty"`
	// ThenExits marks a goroutine started on a path that then exits the
	// process (KindGo): the code that started it, or a caller, calls an
	// exit next, as a logger's fatal path flushes in a goroutine and then
	// exits. It cannot outlive init.
	ThenExits bool `json:",omitempty"`
	// Target names the function a value calls (KindValue); Targets,
	// when not empty, the only functions a dynamic call can reach, as
	// variable type analysis found them (KindCall).
	Target  string   `json:",omitempty"`
	Targets []string `json:",omitempty"`
	// Go marks a dynamic call that starts a goroutine (KindCall).
	Go bool `json:",omitempty"`
	// Source says where the value a dynamic call calls comes from
	// (KindCall): "global:path.Name", "field:path.Type.Field", "param:N",
	// "made:ID" (one value), or "" when it cannot be told.
	Source string `json:",omitempty"`
	// Sinks say where a value goes (KindValue): "global:…", "field:…",
	// or "any" when it is passed to a call or returned.
	Sinks []string `json:",omitempty"`
	// Methods are the methods of a type made into a value (a KindValue
	// named "type:T") that do something, for other packages.
	Methods []Method `json:",omitempty"`
	// Called is what calling a value of another package does (KindValue).
	Called []Effect `json:",omitempty"`

	// Ref is the summarizer's handle on code of its package that the
	// effect still refers to while the package is summarized (the
	// functions a goroutine runs, the function or type a value holds);
	// zero in every finished summary.
	Ref int `json:"-"`
}

// Method is a method of a type made into a value, as other packages
// see it: its shape, its declared method and what calling it does.
type Method struct {
	Shape, Target string
	Called        []Effect
}

// VarKey names a package-level variable across packages, or a modelled
// registry of shared state.
type VarKey struct {
	Pkg  string // import path
	Name string
	// Registry marks a registry (state a package fills and reads
	// through functions) rather than a variable.
	Registry bool `json:",omitempty"`
	// Key is the entry of a registry read or written, when the call
	// names it with a constant ("HOME" for os.Getenv("HOME")). With
	// Dynamic, the call names one entry at run time (os.Getenv(name));
	// with neither, the access is to the whole registry (os.Environ).
	Key     string `json:",omitempty"`
	Dynamic bool   `json:",omitempty"`
}

// String returns "path.Name" for a variable, "path's name" for a
// registry, with the constant key in brackets.
func (v VarKey) String() string {
	s := v.Pkg + "." + v.Name
	if v.Registry {
		s = v.Pkg + "'s " + v.Name
	}
	if v.Key != "" {
		s += "[" + strconv.Quote(v.Key) + "]"
	}
	return s
}

// State returns the state v is part of: the registry without its key.
func (v VarKey) State() VarKey {
	v.Key, v.Dynamic = "", false
	return v
}

// whole reports whether v is the whole state, not one entry.
func (v VarKey) whole() bool { return v.Key == "" && !v.Dynamic }

// Overlaps reports whether accesses to v and w can touch the same
// entry: the same state, and the same constant key, or the whole state
// on one side. An entry named at run time is taken to be none of the
// entries named otherwise: its name is unknown, and reporting it
// against every entry another init names would pair unrelated reads and
// writes (a configuration helper's table of aliases with a program's
// own variable).
func (v VarKey) Overlaps(w VarKey) bool {
	if v.State() != w.State() {
		return false
	}
	return v.whole() || w.whole() || v.Key != "" && v.Key == w.Key
}

// Site is a step of a chain: the function it is in and where.
type Site struct {
	Func string // the function the site is in, e.g. "reg.Register" or "p.init"
	Pos  string // file:line:col
	// pos is the position in the file set of the analysis that found the
	// site; zero when the site was read from a fact.
	pos token.Pos
}

// NewSite returns the site at pos, which posText writes as file:line:col,
// in the function named fn.
func NewSite(pos token.Pos, posText, fn string) Site {
	return Site{Func: fn, Pos: posText, pos: pos}
}

// TokenPos returns the site's position in the file set it was found
// with, or token.NoPos when it came from another package's fact.
func (s Site) TokenPos() token.Pos { return s.pos }

// ChainString renders a chain as "a.init → b.Register → os.Exit".
func (e *Effect) ChainString() string {
	parts := make([]string, 0, len(e.Chain)+1)
	for _, s := range e.Chain {
		parts = append(parts, s.Func)
	}
	return strings.Join(append(parts, e.Name), " → ")
}

// FirstPos is the position of the effect's first site that lies in the
// package it was found in, or token.NoPos.
func (e *Effect) FirstPos() token.Pos {
	for _, s := range e.Chain {
		if s.pos.IsValid() {
			return s.pos
		}
	}
	return token.NoPos
}

// LastPos is the position of the effect's last site that lies in the
// package it was found in, or token.NoPos.
func (e *Effect) LastPos() token.Pos {
	for i := len(e.Chain) - 1; i >= 0; i-- {
		if e.Chain[i].pos.IsValid() {
			return e.Chain[i].pos
		}
	}
	return token.NoPos
}

// SameRegistration reports whether two writes of a registry entry are
// one registration reached twice: both run once (Effect.Once) under the
// same variable.
func SameRegistration(a, b Effect) bool {
	return a.Once != "" && a.Once == b.Once
}

// ReadsEntry reports whether effects read the registry entry key: an
// init that does registers only what it does not find (if
// !slices.Contains(sql.Drivers(), "pgx")), so its write does not panic.
func ReadsEntry(effects []Effect, key VarKey) bool {
	for _, e := range effects {
		if e.Kind == KindRead && e.Var != nil && e.Var.Overlaps(key) {
			return true
		}
	}
	return false
}
