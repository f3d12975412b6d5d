package initeffect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Model is what the analysis knows of functions without reading their
// code: the built-in tables, extended by a Config. A Model is not
// changed once made, so passes may share it.
type Model struct {
	mainThread map[string][]string // import path → names, "F" or "(*T).M"
	registries map[string]registry // types.Func.FullName → registry
	packages   map[string]bool     // packages with modelled functions
	// duplicates says what a second write of an entry of the
	// registries that Config describes does.
	duplicates map[VarKey]string
	keyArgs    map[string]int // registry function → the argument that names the entry
	// writerNames are the names of the functions and methods that fill
	// a registry, without package or receiver.
	writerNames map[string]bool
}

// Config extends the built-in model.
type Config struct {
	// MainThread lists more main-thread-only functions, as
	// "import/path.Func" or "import/path.(*T).Method".
	MainThread []string
	// Registries models more registry functions.
	Registries []Registry
}

// Registry is one function that fills or reads a registry.
type Registry struct {
	Func     string // types.Func.FullName, e.g. "example.com/codec.Register"
	Registry string // a name for the registry
	Write    bool   // the function fills the registry (else it reads it)
	// Key is the number of the argument that names the entry, from 1
	// (the receiver of a method is 1); 0 when none does.
	Key int
	// Duplicate says what a second write of an entry does: "panic",
	// "overwrite" (the last write stays) or "first-wins"; empty when
	// not said.
	Duplicate string
}

// The values of Registry.Duplicate.
const (
	DuplicatePanics    = "panic"
	DuplicateOverwrite = "overwrite"
	DuplicateFirstWins = "first-wins"
)

// ParseRegistry parses a registry function as a flag gives it:
// write:import/path.Func=NAME (the function fills registry NAME) or
// read:import/path.Func=NAME (it reads it). A function written
// import/path.Func(N) names the entry with its Nth argument (from 1),
// and NAME:DUP says what a second write of an entry does (panic,
// overwrite or first-wins).
func ParseRegistry(s string) (Registry, error) {
	bad := fmt.Errorf("registry entry %q: want write:import/path.Func=NAME or read:import/path.Func=NAME, with Func(N) for a key argument and NAME:panic, :overwrite or :first-wins", s)
	mode, rest, ok := strings.Cut(s, ":")
	fn, name, ok2 := strings.Cut(rest, "=")
	if !ok || !ok2 || mode != "write" && mode != "read" || fn == "" || name == "" {
		return Registry{}, bad
	}
	r := Registry{Func: fn, Registry: name, Write: mode == "write"}
	if open := strings.LastIndex(fn, "("); open > 0 && strings.HasSuffix(fn, ")") {
		if n, err := strconv.Atoi(fn[open+1 : len(fn)-1]); err == nil && n >= 1 {
			r.Func, r.Key = fn[:open], n
		}
	}
	if base, dup, ok := strings.Cut(name, ":"); ok {
		if base == "" || dup != DuplicatePanics && dup != DuplicateOverwrite && dup != DuplicateFirstWins {
			return Registry{}, bad
		}
		r.Registry, r.Duplicate = base, dup
	}
	return r, nil
}

// String returns the registry function as ParseRegistry reads it.
func (r Registry) String() string {
	mode := "read"
	if r.Write {
		mode = "write"
	}
	fn := r.Func
	if r.Key > 0 {
		fn += "(" + strconv.Itoa(r.Key) + ")"
	}
	name := r.Registry
	if r.Duplicate != "" {
		name += ":" + r.Duplicate
	}
	return mode + ":" + fn + "=" + name
}

// DefaultModel is the built-in model.
var DefaultModel = mustModel(Config{})

func mustModel(cfg Config) *Model {
	m, err := NewModel(cfg)
	if err != nil {
		panic(err)
	}
	return m
}

// NewModel returns the built-in model extended by cfg.
func NewModel(cfg Config) (*Model, error) {
	m := &Model{mainThread: map[string][]string{}, registries: map[string]registry{}, packages: map[string]bool{}, duplicates: map[VarKey]string{}, keyArgs: map[string]int{}}
	for path, names := range mainThreadOnly {
		m.mainThread[path] = slices.Clone(names)
	}
	for name, r := range registries {
		m.registries[name] = r
	}
	for name := range promMetrics {
		m.registries[PromautoPkg+"."+name] = promDefault
	}
	for name, i := range registryKeys {
		m.keyArgs[name] = i
	}
	for _, f := range cfg.MainThread {
		pkg, name, ok := SplitFunc(f)
		if !ok {
			return nil, fmt.Errorf("mainthread entry %q is not import/path.Func or import/path.(*T).Method", f)
		}
		m.mainThread[pkg] = append(m.mainThread[pkg], name)
	}
	for _, r := range cfg.Registries {
		pkg, _, ok := SplitFunc(r.Func)
		if !ok || r.Registry == "" {
			return nil, fmt.Errorf("registry entry %q needs a function (import/path.Func) and a registry name", r.Func)
		}
		if r.Key < 0 || r.Duplicate != "" && r.Duplicate != DuplicatePanics && r.Duplicate != DuplicateOverwrite && r.Duplicate != DuplicateFirstWins {
			return nil, fmt.Errorf("registry entry %q: key must be an argument number from 1, duplicate one of panic, overwrite, first-wins", r.Func)
		}
		m.registries[r.Func] = registry{pkg: pkg, name: r.Registry, write: r.Write}
		if r.Key > 0 {
			m.keyArgs[r.Func] = r.Key - 1
		}
		if r.Duplicate != "" {
			m.duplicates[VarKey{Pkg: pkg, Name: r.Registry, Registry: true}] = r.Duplicate
		}
	}
	for p := range modelledStdPackages() {
		m.packages[p] = true
	}
	for p := range m.mainThread {
		m.packages[p] = true
	}
	m.writerNames = map[string]bool{}
	for name, r := range m.registries {
		m.packages[packageOf(name)] = true
		if r.write {
			m.writerNames[name[strings.LastIndex(name, ".")+1:]] = true
		}
	}
	return m, nil
}

// SplitFunc splits "import/path.Func" or "import/path.(*T).M" into the
// import path and the rest ("Func", "(*T).M").
func SplitFunc(f string) (pkg, name string, ok bool) {
	f = strings.TrimPrefix(f, "(*")
	f = strings.TrimPrefix(f, "(")
	slash := strings.LastIndex(f, "/")
	dot := strings.Index(f[slash+1:], ".")
	if dot < 0 {
		return "", "", false
	}
	return f[:slash+1+dot], f[slash+1+dot+1:], true
}

// RegistersInInit reports whether a package's init functions or
// variable initializers call a function that fills a registry
// (image/png's init calls image.RegisterFormat): the standard library is
// not followed, except for the inits that do, whose registrations other
// packages' inits may depend on.
func (m *Model) RegistersInInit(info *types.Info, files []*ast.File) bool {
	return initCalls(files, func(call *ast.CallExpr) bool {
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			return false
		}
		r, ok := m.registries[fn.FullName()]
		return ok && r.write
	})
}

// MayRegisterInInit reports whether RegistersInInit may hold for a
// package, from its syntax alone: whether its init functions or variable
// initializers call anything named as a function that fills a registry.
func (m *Model) MayRegisterInInit(files []*ast.File) bool {
	return initCalls(files, func(call *ast.CallExpr) bool {
		fun := ast.Unparen(call.Fun)
		switch f := fun.(type) {
		case *ast.IndexExpr: // an instance of a generic function
			fun = ast.Unparen(f.X)
		case *ast.IndexListExpr:
			fun = ast.Unparen(f.X)
		}
		switch f := fun.(type) {
		case *ast.Ident:
			return m.writerNames[f.Name]
		case *ast.SelectorExpr:
			return m.writerNames[f.Sel.Name]
		}
		return false // a dynamic call or a conversion: RegistersInInit has no callee either
	})
}

// initCalls reports whether a call in a package's init functions or
// variable initializers matches.
func initCalls(files []*ast.File, match func(*ast.CallExpr) bool) bool {
	found := false
	check := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && !found && match(call) {
				found = true
			}
			return !found
		})
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.Name == "init" && d.Body != nil {
					check(d.Body)
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					check(d)
				}
			}
		}
	}
	return found
}

// Covers reports whether fn's package has functions in the model.
func (m *Model) Covers(fn *types.Func) bool {
	return fn.Pkg() != nil && m.packages[fn.Pkg().Path()]
}

// MainThreadOnly reports whether fn must run on the main thread.
func (m *Model) MainThreadOnly(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	names, ok := m.mainThread[fn.Pkg().Path()]
	if !ok {
		return false
	}
	short := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		short = "(" + types.TypeString(recv.Type(), func(*types.Package) string { return "" }) + ")." + fn.Name()
	}
	return slices.Contains(names, short)
}

// KeyArg returns the argument of a registry function (by
// types.Func.FullName) that names the entry it fills or reads, from 0.
func (m *Model) KeyArg(fullName string) (int, bool) {
	i, ok := m.keyArgs[fullName]
	return i, ok
}

// RegistryAccess returns the registry a function (by
// types.Func.FullName) fills (write) or reads, with the entry when it
// always accesses the same one.
func (m *Model) RegistryAccess(fullName string) (state VarKey, write, ok bool) {
	r, ok := m.registries[fullName]
	return VarKey{Pkg: r.pkg, Name: r.name, Registry: true, Key: r.key}, r.write, ok
}

// FuncEffect returns the effect of calling fn, as Effect does, without
// naming functions of packages the model does not cover.
func (m *Model) FuncEffect(fn *types.Func) (Effect, bool) {
	if !m.Covers(fn) {
		return Effect{}, false
	}
	return m.Effect(fn.FullName())
}

// Effect returns the effect of calling a function (by
// types.Func.FullName) that the model knows by its effect alone:
// exits, Goexit, thread locks, flag.Parse, calls that block.
func (Model) Effect(fullName string) (Effect, bool) {
	mod, ok := modelled[fullName]
	if mod.name == "" {
		mod.name = fullName
	}
	return Effect{Kind: mod.kind, Name: mod.name}, ok
}

// CallsArgNow reports whether a function (by types.Func.FullName) calls
// its func argument before it returns, and whether at most once;
// functions it does not know are taken to keep the argument for later.
func (Model) CallsArgNow(fullName string) (idempotent, ok bool) {
	idempotent, ok = callsArgNow[fullName]
	return idempotent, ok
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

// registry is shared state that packages fill and read through
// functions: the state is named by its package and a description.
type registry struct {
	pkg, name string
	write     bool
	key       string // the entry, when the function always reads the same one
}

// registries maps the functions that fill or read modelled standard
// library registries (by types.Func.FullName) to the registry. The
// default loggers of log and log/slog are not among them: a line logged
// before another package's init redirects the logger goes to standard
// error, where log's documentation says the default logger writes, and
// nothing is lost; a team that wants those reads reported names the
// functions with -registry.
var registries = map[string]registry{
	"image.RegisterFormat":           {"image", "registered image formats", true, ""},
	"image.Decode":                   {"image", "registered image formats", false, ""},
	"image.DecodeConfig":             {"image", "registered image formats", false, ""},
	"database/sql.Register":          {"database/sql", "registered drivers", true, ""},
	"database/sql.Open":              {"database/sql", "registered drivers", false, ""},
	"database/sql.Drivers":           {"database/sql", "registered drivers", false, ""},
	"mime.AddExtensionType":          {"mime", "extension types", true, ""},
	"mime.TypeByExtension":           {"mime", "extension types", false, ""},
	"mime.ExtensionsByType":          {"mime", "extension types", false, ""},
	"encoding/gob.Register":          {"encoding/gob", "registered types", true, ""},
	"encoding/gob.RegisterName":      {"encoding/gob", "registered types", true, ""},
	"(*encoding/gob.Encoder).Encode": {"encoding/gob", "registered types", false, ""},
	"(*encoding/gob.Decoder).Decode": {"encoding/gob", "registered types", false, ""},
	"net/http.Handle":                {"net/http", "DefaultServeMux", true, ""},
	"net/http.HandleFunc":            {"net/http", "DefaultServeMux", true, ""},
	"expvar.Publish":                 {"expvar", "published variables", true, ""},
	"expvar.NewInt":                  {"expvar", "published variables", true, ""},
	"expvar.NewFloat":                {"expvar", "published variables", true, ""},
	"expvar.NewString":               {"expvar", "published variables", true, ""},
	"expvar.NewMap":                  {"expvar", "published variables", true, ""},
	"expvar.Get":                     {"expvar", "published variables", false, ""},
	"expvar.Do":                      {"expvar", "published variables", false, ""},
	"crypto.RegisterHash":            {"crypto", "registered hashes", true, ""},
	"(crypto.Hash).New":              {"crypto", "registered hashes", false, ""},
	"(crypto.Hash).Available":        {"crypto", "registered hashes", false, ""},
	"os.Setenv":                      {"os", "environment", true, ""},
	"os.Unsetenv":                    {"os", "environment", true, ""},
	"os.Clearenv":                    {"os", "environment", true, ""},
	"os.Getenv":                      {"os", "environment", false, ""},
	"os.LookupEnv":                   {"os", "environment", false, ""},
	"os.Environ":                     {"os", "environment", false, ""},
	"os.ExpandEnv":                   {"os", "environment", false, ""},
	// The local time zone is loaded once, on the first use of a local
	// time, from $TZ: an init that sets TZ after another init used local
	// time does not change the zone.
	"(time.Time).Format":       {"os", "environment", false, "TZ"},
	"(time.Time).AppendFormat": {"os", "environment", false, "TZ"},
	"(time.Time).String":       {"os", "environment", false, "TZ"},
	"(time.Time).Zone":         {"os", "environment", false, "TZ"},
	"(time.Time).Date":         {"os", "environment", false, "TZ"},
	"(time.Time).Clock":        {"os", "environment", false, "TZ"},
	"(time.Time).Hour":         {"os", "environment", false, "TZ"},
	"(time.Time).Day":          {"os", "environment", false, "TZ"},
	"(time.Time).YearDay":      {"os", "environment", false, "TZ"},
	"(time.Time).Weekday":      {"os", "environment", false, "TZ"},
	"flag.Lookup":              {"flag", "CommandLine flags", false, ""},
	// flag.Set records the value of a flag not yet defined, and the
	// flag's definition then panics.
	"flag.Set": {"flag", "CommandLine values", true, ""},
	// Defining a flag on flag.CommandLine fills it under the flag's name.
	"flag.Bool":        {"flag", "CommandLine flags", true, ""},
	"flag.Duration":    {"flag", "CommandLine flags", true, ""},
	"flag.Float64":     {"flag", "CommandLine flags", true, ""},
	"flag.Func":        {"flag", "CommandLine flags", true, ""},
	"flag.BoolFunc":    {"flag", "CommandLine flags", true, ""},
	"flag.Int":         {"flag", "CommandLine flags", true, ""},
	"flag.Int64":       {"flag", "CommandLine flags", true, ""},
	"flag.String":      {"flag", "CommandLine flags", true, ""},
	"flag.Uint":        {"flag", "CommandLine flags", true, ""},
	"flag.Uint64":      {"flag", "CommandLine flags", true, ""},
	"flag.BoolVar":     {"flag", "CommandLine flags", true, ""},
	"flag.DurationVar": {"flag", "CommandLine flags", true, ""},
	"flag.Float64Var":  {"flag", "CommandLine flags", true, ""},
	"flag.IntVar":      {"flag", "CommandLine flags", true, ""},
	"flag.Int64Var":    {"flag", "CommandLine flags", true, ""},
	"flag.StringVar":   {"flag", "CommandLine flags", true, ""},
	"flag.TextVar":     {"flag", "CommandLine flags", true, ""},
	"flag.UintVar":     {"flag", "CommandLine flags", true, ""},
	"flag.Uint64Var":   {"flag", "CommandLine flags", true, ""},
	"flag.Var":         {"flag", "CommandLine flags", true, ""},
	"flag.Visit":       {"flag", "CommandLine flags", false, ""},
	"flag.VisitAll":    {"flag", "CommandLine flags", false, ""},
	// prometheus.MustRegister registers its collectors on the default
	// registry under their metrics' names, as promauto's constructors
	// register theirs (NewModel adds those).
	PrometheusPkg + ".MustRegister": promDefault,
	// Generated .pb.go files register their file and its declarations.
	ProtoBuild: {ProtoFiles.Pkg, ProtoFiles.Name, true, ""},
}

// promDefault is the Prometheus client's default registry, keyed by
// metric name.
var promDefault = registry{PromRegistry.Pkg, PromRegistry.Name, true, ""}

// registryKeys gives, for registry functions that name the entry they
// fill or read, the argument that names it (the receiver of a method is
// argument 0): a constant there keys the access.
var registryKeys = map[string]int{
	"image.RegisterFormat":      0,
	"database/sql.Register":     0,
	"database/sql.Open":         0,
	"mime.AddExtensionType":     0,
	"mime.TypeByExtension":      0,
	"encoding/gob.RegisterName": 0,
	"net/http.Handle":           0,
	"net/http.HandleFunc":       0,
	"expvar.Publish":            0,
	"expvar.NewInt":             0,
	"expvar.NewFloat":           0,
	"expvar.NewString":          0,
	"expvar.NewMap":             0,
	"expvar.Get":                0,
	"crypto.RegisterHash":       0,
	"(crypto.Hash).New":         0,
	"(crypto.Hash).Available":   0,
	"os.Setenv":                 0,
	"os.Unsetenv":               0,
	"os.Getenv":                 0,
	"os.LookupEnv":              0,
	"flag.Lookup":               0,
	"flag.Set":                  0,
	"flag.Bool":                 0,
	"flag.Duration":             0,
	"flag.Float64":              0,
	"flag.Func":                 0,
	"flag.BoolFunc":             0,
	"flag.Int":                  0,
	"flag.Int64":                0,
	"flag.String":               0,
	"flag.Uint":                 0,
	"flag.Uint64":               0,
	"flag.BoolVar":              1,
	"flag.DurationVar":          1,
	"flag.Float64Var":           1,
	"flag.IntVar":               1,
	"flag.Int64Var":             1,
	"flag.StringVar":            1,
	"flag.TextVar":              1,
	"flag.UintVar":              1,
	"flag.Uint64Var":            1,
	"flag.Var":                  1,
}

// duplicatePanics gives, for the registries that panic when an entry is
// written twice, the message of the panic, with %[1]s for the entry's
// name, and %[2]s and %[3]s for what the first and the second write
// store (Effect.Value), as the standard library's code words it in Go
// 1.26. gob panics only when the second write stores another type.
var duplicatePanics = map[VarKey]string{
	{Pkg: "flag", Name: "CommandLine flags", Registry: true}:          "flag redefined: %[1]s",
	{Pkg: "database/sql", Name: "registered drivers", Registry: true}: "sql: Register called twice for driver %[1]s",
	{Pkg: "expvar", Name: "published variables", Registry: true}:      "Reuse of exported var name: %[1]s",
	// protoregistry panics unless GOLANG_PROTOBUF_REGISTRATION_CONFLICT
	// says warn or ignore.
	ProtoFiles: `proto: file %[1]q is already registered`,
}

// valuePanics gives, for the registries whose second write of an entry
// panics depending on what it stores (Effect.Value), the message when
// both writes store the same and when they differ, with %[1]s for the
// entry and %[2]s, %[3]s for the values (empty: no panic), and whether
// a write whose value is not known panics.
var valuePanics = map[VarKey]struct {
	same, different string
	unknownPanics   bool
}{
	// gob.RegisterName panics when the name is taken by another type.
	{Pkg: "encoding/gob", Name: "registered types", Registry: true}: {"", "gob: registering duplicate types for %[1]q: %[2]s != %[3]s", false},
	// A full name that a second file declares is a conflict; the same
	// file again is the file's conflict (duplicatePanics).
	ProtoNames: {"", "proto: file %[3]q has a name conflict over %[1]s", false},
	// The default Prometheus registry's MustRegister panics on a metric
	// name registered before: the same help string is a duplicate
	// collector, another one an inconsistent descriptor.
	PromRegistry: {"duplicate metrics collector registration attempted",
		`a previously registered descriptor with the same fully-qualified name as Desc{fqName: %[1]q, …} has different label names or a different help string`, true},
}

// SecondWrite says whether a write of a registry entry (second) panics
// when first wrote the entry before it, and the panic's message (empty
// when not known).
func (m *Model) SecondWrite(first, second Effect) (panics bool, message string) {
	entry := *second.Var
	if v, ok := valuePanics[entry.State()]; ok {
		if first.Value == "" || second.Value == "" {
			return v.unknownPanics, ""
		}
		format := v.different
		if first.Value == second.Value {
			format = v.same
		}
		if !strings.Contains(format, "%") {
			return format != "", format
		}
		return true, fmt.Sprintf(format, entry.Key, first.ValueText, second.ValueText)
	}
	rule, format := m.Duplicate(entry)
	if rule != DuplicatePanics || format == "" {
		return rule == DuplicatePanics, ""
	}
	return true, fmt.Sprintf(format, entry.Key)
}

// setBeforeDefine gives, for state whose entries must exist before they
// are set, the state that defines them and the message of the panic a
// definition after the set causes (%s for the name, then the set's
// position).
var setBeforeDefine = map[VarKey]struct {
	defined VarKey
	format  string
}{
	{Pkg: "flag", Name: "CommandLine values", Registry: true}: {
		VarKey{Pkg: "flag", Name: "CommandLine flags", Registry: true}, "flag %s set at %s before being defined"},
}

// DefinedBy returns, for a write of state whose entries must be defined
// before they are set (flag.Set), the state that defines them and the
// message of the panic that a later definition causes, with %s for the
// entry's name and then for the position of the set.
func DefinedBy(state VarKey) (defined VarKey, format string, ok bool) {
	d, ok := setBeforeDefine[state.State()]
	return d.defined, d.format, ok
}

// notOverwritten lists the state whose entries a second write does not
// replace: image formats (the first matching one decodes) and the
// default ServeMux (a second registration panics on a conflict), and
// the state duplicatePanics or DefinedBy describe.
var notOverwritten = map[VarKey]bool{
	{Pkg: "image", Name: "registered image formats", Registry: true}: true,
	{Pkg: "net/http", Name: "DefaultServeMux", Registry: true}:       true, // panics on a conflict
}

// Duplicate says what a second write of an entry of state does:
// DuplicatePanics with the panic's message (as duplicatePanics gives it;
// empty for a registry the configuration describes; when the writes
// have a Value, only a different one panics),
// DuplicateOverwrite, DuplicateFirstWins, or "" when it is not a
// replacement of one value by another (an append, a panic only for
// some values, state a set must precede).
func (m *Model) Duplicate(state VarKey) (rule, format string) {
	state = state.State()
	if format, ok := duplicatePanics[state]; ok {
		return DuplicatePanics, format
	}
	if _, ok := valuePanics[state]; ok {
		return DuplicatePanics, ""
	}
	switch rule := m.duplicates[state]; rule {
	case DuplicatePanics:
		return rule, ""
	case DuplicateOverwrite, DuplicateFirstWins:
		return rule, ""
	}
	if _, defines := setBeforeDefine[state]; defines || notOverwritten[state] {
		return "", ""
	}
	return DuplicateOverwrite, ""
}

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

// modelledStdPackages are the packages of the functions in modelled and
// callsArgNow, and those the scanner treats specially.
func modelledStdPackages() map[string]bool {
	pkgs := map[string]bool{"flag": true, "sync": true, "sync/atomic": true, "os/signal": true}
	for name := range modelled {
		pkgs[packageOf(name)] = true
	}
	for name := range callsArgNow {
		pkgs[packageOf(name)] = true
	}
	return pkgs
}

// packageOf returns the package path of a types.Func FullName:
// "os.Exit" → "os", "(*net/http.Server).Serve" → "net/http".
func packageOf(fullName string) string {
	name := strings.TrimLeft(fullName, "(*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	return name[:strings.LastIndex(name, ".")]
}
