// Package initfacts is the analyzer that computes, package by package,
// the init effect summaries the initvet analyzers report on, and passes
// them between packages as facts, so that the analyzers work the same
// standalone and under go vet -vettool.
package initfacts

import (
	"bytes"
	"compress/flate"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/initvet/initvet/analyzer/internal/ignore"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/staticinit"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer computes init effect summaries with the built-in model and
// exports them as facts.
var Analyzer = New()

// New returns an analyzer that computes init effect summaries and
// exports them as facts. Its flags -mainthread and -registry extend the
// built-in model (see initeffect.Config); each analyzer New returns has
// flags of its own.
func New() *analysis.Analyzer { return NewShared(nil, nil) }

// NewShared returns an analyzer as New does that takes each package's
// SSA form from prog, in which the driver created every package it
// analyzes (with summary.SSAMode) before the run. A driver holding
// the whole program so makes each package's SSA once, not once for each
// package importing it. A nil prog makes each package's SSA on its own.
// done, if not nil, is called with each package once the analyzer is
// done with it, and no longer reads its syntax or type information; it
// reports whether other analyzers read the package's result, which is
// otherwise nil: a dependency analyzed only for its facts then holds
// none of its summary, initializers' syntax or program until the
// driver's run ends.
func NewShared(prog *ssa.Program, done func(*types.Package) (read bool)) *analysis.Analyzer {
	cfg := &config{}
	a := &analysis.Analyzer{
		Name:       "initfacts",
		Doc:        "compute the init effects of a package and its dependencies (used by the initvet analyzers)",
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{(*FuncFact)(nil), (*FlagFact)(nil), (*InlineFact)(nil), (*PackageFact)(nil)},
		Run: func(pass *analysis.Pass) (any, error) {
			model, err := cfg.model()
			if err != nil {
				return nil, err
			}
			res := run(pass, model, prog)
			if done != nil && !done(pass.Pkg) {
				return (*Result)(nil), nil
			}
			return res, nil
		},
	}
	a.Flags.Var(&cfg.mainThread, "mainthread",
		"comma-separated functions that must run on the main OS thread, as import/path.Func or import/path.(*T).Method")
	a.Flags.Var(&cfg.registries, "registry",
		"comma-separated registry functions, as write:import/path.Func=NAME (fills registry NAME) or read:import/path.Func=NAME; Func(N) keys the entry by argument N (from 1), NAME:panic, :overwrite or :first-wins says what a second write does")
	return a
}

// FuncFact holds the effects of calling an exported function or method.
type FuncFact struct {
	Effects []initeffect.Effect
}

// AFact marks FuncFact as a fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string { return fmt.Sprintf("effects(%d)", len(f.Effects)) }

// GobEncode encodes the effects compressed: their names, variables and
// chains repeat the same strings.
func (f *FuncFact) GobEncode() ([]byte, error) { return deflateGob(f.Effects) }

// GobDecode decodes what GobEncode wrote.
func (f *FuncFact) GobDecode(data []byte) error {
	f.Effects = nil
	return inflateGob(data, &f.Effects)
}

// deflateGob encodes v with gob, compressed.
func deflateGob(v any) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := gob.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inflateGob decodes into v what deflateGob wrote.
func inflateGob(data []byte, v any) error {
	return gob.NewDecoder(flate.NewReader(bytes.NewReader(data))).Decode(v)
}

// InlineFact marks an exported function that the compiler inlines into
// an importer's initializer and that is then statically initialized when
// every argument is a constant (see staticinit.ConstantCallCosts).
type InlineFact struct {
	Cost int // the inliner's cost of a call
}

// AFact marks InlineFact as a fact.
func (*InlineFact) AFact() {}

func (f *InlineFact) String() string { return fmt.Sprintf("inline(%d)", f.Cost) }

// FlagFact marks an exported package variable that holds a command-line
// flag's value.
type FlagFact struct{}

// AFact marks FlagFact as a fact.
func (*FlagFact) AFact() {}

func (*FlagFact) String() string { return "flag" }

// PackageFact summarizes the init of a package and of all its
// dependencies that have init tasks, so that the analysis of a main
// package sees the whole program. Under go vet only the facts of direct
// imports are visible, so each package carries the whole closure. In
// memory, packages share the entries; they are encoded only when a
// driver writes the fact out.
type PackageFact struct {
	Std   bool
	Inits []PackageInit // sorted by path, including the package itself when it has a task

	wire atomic.Pointer[[]byte] // the encoding, once made or read: facts do not change once exported
}

// AFact marks PackageFact as a fact.
func (*PackageFact) AFact() {}

func (f *PackageFact) String() string { return fmt.Sprintf("inits(%d)", len(f.Inits)) }

// packageFactWire is how a PackageFact is encoded: the closure as one
// blob, which decodes much faster than a slice of structs nested in the
// fact set's own encoding.
type packageFactWire struct {
	Std   bool
	Inits []byte
}

// GobEncode encodes the fact for drivers that write facts out (go vet),
// the closure compressed: its paths, names and positions repeat.
func (f *PackageFact) GobEncode() ([]byte, error) {
	if w := f.wire.Load(); w != nil {
		return *w, nil
	}
	inits, err := deflateGob(f.Inits)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := gob.NewEncoder(&out).Encode(packageFactWire{Std: f.Std, Inits: inits}); err != nil {
		return nil, err
	}
	data := out.Bytes()
	f.wire.Store(&data)
	return data, nil
}

// GobDecode decodes what GobEncode wrote.
func (f *PackageFact) GobDecode(data []byte) error {
	var w packageFactWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return err
	}
	f.Std, f.Inits = w.Std, nil
	f.wire.Store(&data)
	return inflateGob(w.Inits, &f.Inits)
}

// PackageInit is what a package's init does, as far as other packages
// need to know.
type PackageInit struct {
	Path    string
	Name    string
	Imports []string // direct imports that have init tasks
	HasWork bool
	Effects []initeffect.Effect
	// Exits are the exits in other packages' code that its inits reach.
	Exits []Exit
	// MainModule reports whether the package belongs to a main module of
	// the build, whose code its authors own: the module or a go.work
	// workspace module, built from source without a version (every
	// package is in GOPATH mode), not a dependency or the standard
	// library.
	MainModule bool `json:",omitempty"`
}

// Result is what the analyzers get for the package under analysis.
type Result struct {
	// Summary holds the effects of the package's functions, init and
	// main.main; nil for standard library packages.
	Summary *summary.Summary
	// Model is the model the effects were computed with.
	Model *initeffect.Model
	// Vars and Funcs are the package's initializers and init functions.
	Vars  []*inittask.VarInit
	Funcs []*inittask.InitFunc
	// Program holds the init of this package and of its dependencies.
	Program []PackageInit
	// Ignores are the package's //initvet:ignore directives.
	Ignores []*ignore.Directive

	path      string // of the package under analysis
	orderOnce sync.Once
	order     []string
}

// Init returns the entry of a package in Program, or nil.
func (r *Result) Init(path string) *PackageInit {
	i, ok := slices.BinarySearchFunc(r.Program, path, comparePath)
	if !ok {
		return nil
	}
	return &r.Program[i]
}

// Order returns the packages of Program whose init runs, in run order,
// with the package under analysis as the root of an exe build. It is
// computed once and shared by the analyzers that need it.
func (r *Result) Order() []string {
	r.orderOnce.Do(func() {
		tasks := make([]inittask.TaskInfo, len(r.Program))
		for i, p := range r.Program {
			tasks[i] = inittask.TaskInfo{Path: p.Path, Name: p.Name, Imports: p.Imports, HasWork: p.HasWork}
		}
		r.order = inittask.OrderTasks(r.path, tasks, inittask.ModeExe)
	})
	return r.order
}

// DependsOn reports whether package from imports package to, directly
// or indirectly, among the packages with init tasks: then to's init runs
// before from's, whatever the linker's order.
func (r *Result) DependsOn(from, to string) bool {
	seen := map[string]bool{}
	var walk func(p string) bool
	walk = func(p string) bool {
		if p == to {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
		if init := r.Init(p); init != nil {
			for _, q := range init.Imports {
				if walk(q) {
					return true
				}
			}
		}
		return false
	}
	return from != to && walk(from)
}

// factKinds are the effect kinds a PackageInit carries for the
// whole-program checks.
var factKinds = map[initeffect.Kind]bool{
	initeffect.KindRead: true, initeffect.KindWrite: true, initeffect.KindGo: true,
	initeffect.KindLock: true, initeffect.KindUnlock: true, initeffect.KindExit: true,
	initeffect.KindGoexit: true, initeffect.KindBlock: true, initeffect.KindFlagParse: true,
}

func run(pass *analysis.Pass, model *initeffect.Model, prog *ssa.Program) *Result {
	// Drivers give standard library packages no module, or (the checker) an empty one.
	std := inittask.IsStd(pass.Pkg.Path(), pass.Module != nil && pass.Module.Path != "")
	costs := func(fn *types.Func) (int, bool) {
		var f InlineFact
		return f.Cost, pass.ImportObjectFact(fn, &f)
	}
	for fn, cost := range staticinit.ConstantCallCosts(pass.Pkg, pass.TypesInfo, pass.Files, costs) {
		if fn.Exported() {
			pass.ExportObjectFact(fn, &InlineFact{Cost: cost})
		}
	}
	vars, funcs := inittask.InitWork(pass.Pkg, pass.TypesInfo, pass.Files, costs)
	res := &Result{Vars: vars, Funcs: funcs, Model: model, path: pass.Pkg.Path()}
	pkg := summary.Package{Fset: pass.Fset, Types: pass.Pkg, Info: pass.TypesInfo, Files: pass.Files}
	if prog != nil {
		pkg.SSA = prog.Package(pass.Pkg)
	}
	var stdRegistrations []initeffect.Effect
	switch {
	case !std:
		res.Ignores = ignore.Parse(pass.Fset, pass.Files)
		res.Summary = summary.Summarize(pkg, newFactReader(pass), model)
		exportFacts(pass, res.Summary)
	case model.RegistersInInit(pass.TypesInfo, pass.Files):
		// A standard library package whose init fills a registry:
		// what it registers, derived from its code.
		for _, e := range summary.Summarize(pkg, newFactReader(pass), model).Init() {
			if e.Kind == initeffect.KindWrite && e.Var != nil && e.Var.Registry {
				stdRegistrations = append(stdRegistrations, e)
			}
		}
	}

	var exits []Exit
	if res.Summary != nil {
		exits = outsideExits(pass, res.Summary, res.Ignores)
	}
	self := PackageInit{
		Path: pass.Pkg.Path(), Name: pass.Pkg.Name(), HasWork: inittask.HasWork(vars, funcs),
		Effects: initEffects(res.Summary, stdRegistrations), Exits: exits,
		MainModule: !std && (pass.Module == nil || pass.Module.Version == ""),
	}
	res.Program = programSeen(pass, self)
	pass.ExportPackageFact(&PackageFact{Std: std, Inits: res.Program})
	return res
}

// initEffects returns what a package's init does that the
// whole-program checks need: the effects of factKinds from its summary,
// or for a standard library package, the registrations its init makes.
func initEffects(sum *summary.Summary, stdRegistrations []initeffect.Effect) []initeffect.Effect {
	if sum == nil {
		return compact(stdRegistrations)
	}
	var out []initeffect.Effect
	for _, e := range sum.Init() {
		if factKinds[e.Kind] && !synchronized(e) {
			out = append(out, e)
		}
	}
	return compact(out)
}

// programSeen returns the program seen from the package under analysis:
// its dependencies' inits, from their package facts, and its own, self
// with the imports that have init tasks, sorted by path. A package
// appears when it has an init task: init work, an import with a task,
// or it is main or the runtime.
func programSeen(pass *analysis.Pass, self PackageInit) []PackageInit {
	var lists [][]PackageInit
	var imports []string
	for _, imp := range pass.Pkg.Imports() {
		var f PackageFact
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		lists = append(lists, f.Inits)
		if _, ok := slices.BinarySearchFunc(f.Inits, imp.Path(), comparePath); ok {
			imports = append(imports, imp.Path())
		}
	}
	sort.Strings(imports)
	self.Imports = imports
	if self.HasWork || len(imports) > 0 || pass.Pkg.Name() == "main" || pass.Pkg.Path() == "runtime" {
		lists = append(lists, []PackageInit{self})
	}
	return mergeByPath(lists)
}

// mergeByPath merges lists sorted by path into one sorted list with
// each path once, taken from the last list that has it. The imports'
// lists share most of their packages: merging them is cheaper than
// collecting them by path.
func mergeByPath(lists [][]PackageInit) []PackageInit {
	longest := 0
	for _, l := range lists {
		longest = max(longest, len(l))
	}
	out := make([]PackageInit, 0, longest+1)
	for {
		least, found := "", false
		for _, l := range lists {
			if len(l) > 0 && (!found || l[0].Path < least) {
				least, found = l[0].Path, true
			}
		}
		if !found {
			return out
		}
		var next PackageInit
		for i, l := range lists {
			if len(l) > 0 && l[0].Path == least {
				next, lists[i] = l[0], l[1:]
			}
		}
		out = append(out, next)
	}
}

// comparePath orders a package's init against a path, for searching
// lists sorted by path.
func comparePath(p PackageInit, path string) int { return strings.Compare(p.Path, path) }

// exportFacts exports the effects of exported functions and methods and
// the exported flag variables.
func exportFacts(pass *analysis.Pass, sum *summary.Summary) {
	fns := make([]*types.Func, 0, len(sum.Funcs))
	for fn := range sum.Funcs {
		if fn.Exported() {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	c := &compactor{done: map[listKey][]initeffect.Effect{}}
	for _, fn := range fns {
		pass.ExportObjectFact(fn, &FuncFact{Effects: c.effects(unsynchronized(sum.Funcs[fn]), false)})
	}
	for _, v := range sum.Flags {
		if v.Exported() {
			pass.ExportObjectFact(v, &FlagFact{})
		}
	}
}

// factReader reads what is known of other packages from facts.
type factReader struct {
	pass *analysis.Pass
	std  map[string]bool // direct imports' paths: standard library or not
}

func newFactReader(pass *analysis.Pass) factReader {
	i := factReader{pass: pass, std: map[string]bool{}}
	for _, p := range pass.Pkg.Imports() {
		var f PackageFact
		if pass.ImportPackageFact(p, &f) {
			i.std[p.Path()] = f.Std
		}
	}
	return i
}

func (i factReader) FuncEffects(fn *types.Func) []initeffect.Effect {
	var f FuncFact
	if fn.Pkg() == nil || fn.Pkg() == i.pass.Pkg || !i.pass.ImportObjectFact(fn.Origin(), &f) {
		return nil
	}
	return f.Effects
}

func (i factReader) IsFlag(v *types.Var) bool {
	return v.Pkg() != i.pass.Pkg && i.pass.ImportObjectFact(v, new(FlagFact))
}

func (i factReader) IsStd(path string) bool {
	if std, ok := i.std[path]; ok {
		return std
	}
	return inittask.IsStd(path, false)
}

// unsynchronized leaves out synchronized reads and writes, which no
// analyzer reports across packages: no init of another package can race
// with or be ordered by them.
func unsynchronized(effects []initeffect.Effect) []initeffect.Effect {
	if !slices.ContainsFunc(effects, synchronized) {
		return effects
	}
	var out []initeffect.Effect
	for _, e := range effects {
		if !synchronized(e) {
			out = append(out, e)
		}
	}
	return out
}

// synchronized reports whether an effect is a synchronized read or
// write.
func synchronized(e initeffect.Effect) bool {
	return e.Sync && (e.Kind == initeffect.KindRead || e.Kind == initeffect.KindWrite)
}

// factChain is how many steps of a chain facts keep: the first steps,
// an elision mark, and the last step (the function that has the effect).
const factChain = 4

// compact returns the effects of a package's init as its package fact
// carries them: the chains keep the function names, and of the
// positions only the hazard's, the last one the chain has (the access,
// the call that leaves the package's code), which a whole-program check
// reports at (see report.Reporter.HazardPos); long chains keep their
// ends and that step.
func compact(effects []initeffect.Effect) []initeffect.Effect {
	return (&compactor{done: map[listKey][]initeffect.Effect{}}).effects(effects, true)
}

// compactor compacts effects, each nested list (what a goroutine does,
// what a value calls) once: many functions share them.
type compactor struct {
	done map[listKey][]initeffect.Effect
}

// listKey identifies a list of effects by its backing array.
type listKey struct {
	first *initeffect.Effect
	n     int
}

func (c *compactor) nested(effects []initeffect.Effect) []initeffect.Effect {
	if len(effects) == 0 {
		return effects
	}
	key := listKey{&effects[0], len(effects)}
	if out, ok := c.done[key]; ok {
		return out
	}
	out := c.effects(effects, false)
	c.done[key] = out
	return out
}

// effects compacts a list of effects; with hazard, each keeps its
// hazard's position (see compactChain), which nested lists do not.
func (c *compactor) effects(effects []initeffect.Effect, hazard bool) []initeffect.Effect {
	out := make([]initeffect.Effect, 0, len(effects))
	for _, e := range effects {
		e.Chain = compactChain(e.Chain, hazard)
		e.Goroutine = c.nested(e.Goroutine)
		e.Called = c.nested(e.Called)
		if e.Methods != nil {
			methods := make([]initeffect.Method, len(e.Methods))
			for i, m := range e.Methods {
				m.Called = c.nested(m.Called)
				methods[i] = m
			}
			e.Methods = methods
		}
		out = append(out, e)
	}
	return out
}

// compactChain returns a chain as facts keep it: the function names,
// with hazard the position of the last step that has one, and of a
// chain longer than factChain+1 steps the first ones, that step and the
// last, with an elision mark for each run of steps left out.
func compactChain(chain []initeffect.Site, keepHazard bool) []initeffect.Site {
	hazard := -1
	if keepHazard {
		for j := len(chain) - 1; j >= 0; j-- {
			if chain[j].Pos != "" {
				hazard = j
				break
			}
		}
	}
	out := make([]initeffect.Site, 0, min(len(chain), factChain+2))
	for j, s := range chain {
		switch {
		case j == hazard:
			out = append(out, initeffect.Site{Func: s.Func, Pos: s.Pos})
		case len(chain) <= factChain+1 || j < factChain-1 || j == len(chain)-1:
			out = append(out, initeffect.Site{Func: s.Func})
		case out[len(out)-1].Func != "…":
			out = append(out, initeffect.Site{Func: "…"})
		}
	}
	return out
}
