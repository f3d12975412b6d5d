package inittask

import (
	"go/token"
	"go/types"
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

// String returns "path.Name" for a variable, "path's name" for a
// modelled standard library registry.
func (v VarKey) String() string {
	if v.IsRegistry() {
		return v.Pkg + "'s " + v.Name
	}
	return v.Pkg + "." + v.Name
}

// IsRegistry reports whether v names a modelled standard library
// registry rather than a variable.
func (v VarKey) IsRegistry() bool { return registryKeys[v] }

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

// effectKey identifies an effect for merging: the same thing reached by
// two paths is one effect, with the shorter chain.
type effectKey struct {
	kind           Kind
	name           string
	v              VarKey
	hasVar         bool
	sync, indirect bool
}

func (e *Effect) key() effectKey {
	k := effectKey{kind: e.Kind, name: e.Name, sync: e.Sync, indirect: e.Indirect}
	if e.Var != nil {
		k.v, k.hasVar = *e.Var, true
	}
	return k
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

// registry is shared state of the standard library that packages fill
// and read through functions: the variable is named by its package and a
// description.
type registry struct {
	pkg, name string
	write     bool
}

// registries maps the functions that fill or read modelled standard
// library registries (by types.Func.FullName) to the registry.
var registries = map[string]registry{
	"image.RegisterFormat":           {"image", "registered image formats", true},
	"image.Decode":                   {"image", "registered image formats", false},
	"image.DecodeConfig":             {"image", "registered image formats", false},
	"database/sql.Register":          {"database/sql", "registered drivers", true},
	"database/sql.Open":              {"database/sql", "registered drivers", false},
	"database/sql.Drivers":           {"database/sql", "registered drivers", false},
	"mime.AddExtensionType":          {"mime", "extension types", true},
	"mime.TypeByExtension":           {"mime", "extension types", false},
	"mime.ExtensionsByType":          {"mime", "extension types", false},
	"encoding/gob.Register":          {"encoding/gob", "registered types", true},
	"encoding/gob.RegisterName":      {"encoding/gob", "registered types", true},
	"(*encoding/gob.Encoder).Encode": {"encoding/gob", "registered types", false},
	"(*encoding/gob.Decoder).Decode": {"encoding/gob", "registered types", false},
	"net/http.Handle":                {"net/http", "DefaultServeMux", true},
	"net/http.HandleFunc":            {"net/http", "DefaultServeMux", true},
	"expvar.Publish":                 {"expvar", "published variables", true},
	"expvar.NewInt":                  {"expvar", "published variables", true},
	"expvar.NewFloat":                {"expvar", "published variables", true},
	"expvar.NewString":               {"expvar", "published variables", true},
	"expvar.NewMap":                  {"expvar", "published variables", true},
	"expvar.Get":                     {"expvar", "published variables", false},
	"expvar.Do":                      {"expvar", "published variables", false},
	"crypto.RegisterHash":            {"crypto", "registered hashes", true},
	"(crypto.Hash).New":              {"crypto", "registered hashes", false},
	"(crypto.Hash).Available":        {"crypto", "registered hashes", false},
	"os.Setenv":                      {"os", "environment", true},
	"os.Unsetenv":                    {"os", "environment", true},
	"os.Clearenv":                    {"os", "environment", true},
	"os.Getenv":                      {"os", "environment", false},
	"os.LookupEnv":                   {"os", "environment", false},
	"os.Environ":                     {"os", "environment", false},
	"os.ExpandEnv":                   {"os", "environment", false},
	"log.SetOutput":                  {"log", "default logger", true},
	"log.SetFlags":                   {"log", "default logger", true},
	"log.SetPrefix":                  {"log", "default logger", true},
	"log.Default":                    {"log", "default logger", false},
	"log.Print":                      {"log", "default logger", false},
	"log.Printf":                     {"log", "default logger", false},
	"log.Println":                    {"log", "default logger", false},
	"log/slog.SetDefault":            {"log/slog", "default logger", true},
	"log/slog.Default":               {"log/slog", "default logger", false},
	"log/slog.Info":                  {"log/slog", "default logger", false},
	"log/slog.Warn":                  {"log/slog", "default logger", false},
	"log/slog.Error":                 {"log/slog", "default logger", false},
	"log/slog.Debug":                 {"log/slog", "default logger", false},
	"flag.Lookup":                    {"flag", "CommandLine flags", false},
	"flag.Visit":                     {"flag", "CommandLine flags", false},
	"flag.VisitAll":                  {"flag", "CommandLine flags", false},
}

// registryKeys are the VarKeys of the registries.
var registryKeys = func() map[VarKey]bool {
	keys := map[VarKey]bool{}
	for _, r := range registries {
		keys[VarKey{Pkg: r.pkg, Name: r.name}] = true
	}
	return keys
}()

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
	for name := range registries {
		pkgs[packageOf(name)] = true
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

// AddMainThreadOnly extends the built-in list of main-thread-only
// functions: pkg is an import path, names are function names or method
// names written "(*T).M" or "(T).M". Call it before analyzing.
func AddMainThreadOnly(pkg string, names ...string) {
	mainThreadOnly[pkg] = append(mainThreadOnly[pkg], names...)
	modelledPackages[pkg] = true
}

// AddRegistry models one more function of a registry: fullName is the
// function's types.Func.FullName ("example.com/codec.Register"), pkg
// and name name the registry, write says whether the function fills it
// (or reads it). Call it before analyzing.
func AddRegistry(fullName, pkg, name string, write bool) {
	registries[fullName] = registry{pkg: pkg, name: name, write: write}
	registryKeys[VarKey{Pkg: pkg, Name: name}] = true
	modelledPackages[packageOf(fullName)] = true
}
