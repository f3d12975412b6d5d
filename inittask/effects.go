package inittask

import (
	"go/token"
	"go/types"
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
)

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
	// Conditional marks an effect that may not happen on every run: it
	// sits in a branch or loop on the way from the entry.
	Conditional bool `json:",omitempty"`
	// Chain leads from the entry to the effect: each call site, then the
	// site of the effect itself.
	Chain []Site
	// Goroutine lists what a started goroutine does (KindGo).
	Goroutine []Effect `json:",omitempty"`

	goNode *fnode      // the goroutine's function in this package
	goExt  *types.Func // or in another package
}

// VarKey names a package-level variable across packages.
type VarKey struct {
	Pkg  string // import path
	Name string
}

// String returns "path.Name".
func (v VarKey) String() string { return v.Pkg + "." + v.Name }

// Site is a step of a chain: the function it is in and where.
type Site struct {
	Func string // the function the site is in, e.g. "reg.Register" or "p.init"
	Pos  string // file:line:col
	// pos is the position in the file set of the analysis that found the
	// site; zero when the site was read from a fact.
	pos token.Pos
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

// key identifies an effect for merging: the same thing reached by two
// paths is one effect, with the shorter chain.
func (e *Effect) key() string {
	v := ""
	if e.Var != nil {
		v = e.Var.String()
	}
	return string(e.Kind) + "|" + e.Name + "|" + v + "|" + strconv.FormatBool(e.Sync) + strconv.FormatBool(e.Indirect)
}

// model describes a function with a known effect, by its
// types.Func.FullName().
type model struct {
	kind Kind
	name string // how diagnostics call it; FullName when empty
}

// modelled is the table of functions whose effects the analysis knows
// without reading their code.
var modelled = map[string]model{
	"os.Exit":                              {KindExit, ""},
	"syscall.Exit":                         {KindExit, ""},
	"log.Fatal":                            {KindExit, ""},
	"log.Fatalf":                           {KindExit, ""},
	"log.Fatalln":                          {KindExit, ""},
	"(*log.Logger).Fatal":                  {KindExit, "log.Logger.Fatal"},
	"(*log.Logger).Fatalf":                 {KindExit, "log.Logger.Fatalf"},
	"(*log.Logger).Fatalln":                {KindExit, "log.Logger.Fatalln"},
	"runtime.Goexit":                       {KindGoexit, ""},
	"runtime.LockOSThread":                 {KindLock, ""},
	"runtime.UnlockOSThread":               {KindUnlock, ""},
	"flag.Parse":                           {KindFlagParse, ""},
	"net/http.ListenAndServe":              {KindBlock, "http.ListenAndServe"},
	"net/http.ListenAndServeTLS":           {KindBlock, "http.ListenAndServeTLS"},
	"net/http.Serve":                       {KindBlock, "http.Serve"},
	"net/http.ServeTLS":                    {KindBlock, "http.ServeTLS"},
	"(*net/http.Server).ListenAndServe":    {KindBlock, "http.Server.ListenAndServe"},
	"(*net/http.Server).ListenAndServeTLS": {KindBlock, "http.Server.ListenAndServeTLS"},
	"(*net/http.Server).Serve":             {KindBlock, "http.Server.Serve"},
	"(*net/http.Server).ServeTLS":          {KindBlock, "http.Server.ServeTLS"},
	"(net.Listener).Accept":                {KindBlock, "net.Listener.Accept"},
	"(*net.TCPListener).Accept":            {KindBlock, "net.TCPListener.Accept"},
	"(*net.UnixListener).Accept":           {KindBlock, "net.UnixListener.Accept"},
}

// flagSetParse is flag.FlagSet's Parse: it parses the command line only
// when called on flag.CommandLine.
const flagSetParse = "(*flag.FlagSet).Parse"

// callsArgNow lists functions that call their func argument before they
// return; other functions are assumed to keep it for later. The value
// says whether the call is idempotent (runs at most once).
var callsArgNow = map[string]bool{
	"(*sync.Once).Do":       true,
	"sort.Slice":            false,
	"sort.SliceStable":      false,
	"sort.Search":           false,
	"slices.SortFunc":       false,
	"slices.SortStableFunc": false,
	"slices.IndexFunc":      false,
	"slices.ContainsFunc":   false,
	"strings.Map":           false,
	"strings.IndexFunc":     false,
	"strings.FieldsFunc":    false,
	"bytes.Map":             false,
}

// mainThreadOnly lists functions of well-known libraries that must be
// called on the main OS thread (GUI toolkits and windowing libraries built
// on Cocoa, GLFW, SDL, GTK and OpenGL contexts), by import path, then
// function or method FullName without the package path.
var mainThreadOnly = map[string][]string{
	"github.com/go-gl/glfw/v3.3/glfw": glfwMainThread,
	"github.com/go-gl/glfw/v3.2/glfw": glfwMainThread,
	"github.com/go-gl/glfw/v3.1/glfw": glfwMainThread,
	"github.com/veandco/go-sdl2/sdl": {
		"Init", "InitSubSystem", "Quit", "CreateWindow", "CreateWindowAndRenderer", "PollEvent", "WaitEvent",
		"WaitEventTimeout", "PumpEvents", "GLCreateContext", "GLSwapWindow", "ShowSimpleMessageBox",
	},
	"github.com/gotk3/gotk3/gtk":       {"Init", "Main", "MainIteration", "MainQuit"},
	"golang.org/x/mobile/app":          {"Main"},
	"gioui.org/app":                    {"Main"},
	"github.com/andlabs/ui":            {"Main"},
	"fyne.io/fyne/v2/app":              {"New", "NewWithID"},
	"github.com/hajimehoshi/ebiten/v2": {"RunGame", "RunGameWithOptions"},
}

var glfwMainThread = []string{
	"Init", "Terminate", "CreateWindow", "PollEvents", "WaitEvents", "WaitEventsTimeout", "PostEmptyEvent",
	"DefaultWindowHints", "WindowHint", "GetPrimaryMonitor", "GetMonitors", "(*Window).Destroy",
	"(*Window).ShouldClose", "(*Window).SetShouldClose", "(*Window).Show", "(*Window).Hide",
	"(*Window).SetTitle", "(*Window).SetSize", "(*Window).SetPos",
}

// modelledPackages are the packages of the functions in modelled,
// callsArgNow, mainThreadOnly and the calls the scanner treats specially.
var modelledPackages = func() map[string]bool {
	pkgs := map[string]bool{"flag": true, "sync": true, "os/signal": true}
	for name := range modelled {
		pkgs[packageOf(name)] = true
	}
	for name := range callsArgNow {
		pkgs[packageOf(name)] = true
	}
	for path := range mainThreadOnly {
		pkgs[path] = true
	}
	return pkgs
}()

// packageOf returns the package path of a types.Func FullName:
// "os.Exit" → "os", "(*net/http.Server).Serve" → "net/http".
func packageOf(fullName string) string {
	name := strings.TrimLeft(fullName, "(*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	return name[:strings.LastIndex(name, ".")]
}

// mainThreadMarker in a function's doc comment marks it as main-thread only.
const mainThreadMarker = "//initvet:mainthread"
