package inittask

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"

	"github.com/initvet/initvet/internal/gotypes"
	"github.com/initvet/initvet/internal/linksym"
	"github.com/initvet/initvet/internal/load"
	"github.com/initvet/initvet/internal/posn"
	"github.com/initvet/initvet/staticinit"
	"golang.org/x/tools/go/packages"
)

// BuildMode is a -buildmode value, as far as it changes how a program's
// init tasks are rooted and whether main.main runs.
type BuildMode string

// The build modes the model knows.
const (
	ModeExe      BuildMode = "exe"
	ModePIE      BuildMode = "pie"
	ModeCArchive BuildMode = "c-archive"
	ModeCShared  BuildMode = "c-shared"
	ModePlugin   BuildMode = "plugin"
)

// ParseBuildMode parses a -buildmode flag value; "" and "default" mean exe.
func ParseBuildMode(s string) (BuildMode, error) {
	switch m := BuildMode(s); m {
	case "", "default":
		return ModeExe, nil
	case ModeExe, ModePIE, ModeCArchive, ModeCShared, ModePlugin:
		return m, nil
	}
	return "", fmt.Errorf("unsupported -buildmode=%s (want exe, pie, c-archive, c-shared or plugin)", s)
}

// RunsMain reports whether runtime.main calls main.main in this build mode.
func (m BuildMode) RunsMain() bool {
	return m != ModeCArchive && m != ModeCShared && m != ModePlugin
}

// Config says how to load a program.
type Config struct {
	Dir       string    // directory in which to run the build system; "" means the current one
	Env       []string  // environment; nil means os.Environ()
	Tags      []string  // build tags
	BuildMode BuildMode // "" means exe
}

// LoadMode is the go/packages mode the model needs: syntax and types of
// every package of the program.
const LoadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedSyntax |
	packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedModule

// Program is the init model of one program.
type Program struct {
	Root *Package
	Mode BuildMode
	Fset *token.FileSet

	// Packages holds every package of the import graph, sorted by import path.
	Packages []*Package

	// Tasks holds every package with an init task in the linker's order,
	// including tasks that have no functions and so never run.
	Tasks []*Package

	// Schedule holds the packages whose init functions run, in the order
	// the runtime runs them: Schedule[:RuntimePhase] in the runtime's own
	// doInit(runtime_inittasks), the rest in the main doInit.
	Schedule     []*Package
	RuntimePhase int

	byPath map[string]*Package
}

// Package is one package of a program with its init facts.
type Package struct {
	Path    string
	Name    string
	Symbol  string     // linker symbol prefix of the package's inittask
	Imports []*Package // direct imports, sorted by import path
	Pkg     *packages.Package

	// Vars lists the package-level variable initializers in
	// types.Info.InitOrder order; Funcs the init functions in file order.
	Vars  []*VarInit
	Funcs []*InitFunc

	// HasTask reports whether the package has an init task: init work of
	// its own, an import with an init task, or it is main or runtime.
	HasTask bool

	// Place says where and why the package sits in the schedule; nil for
	// packages without an init task.
	Place *Placement

	work bool
}

// VarInit is one package-level variable initializer.
type VarInit struct {
	Vars []*types.Var
	Expr ast.Expr
	// Dynamic reports whether the initializer needs code at run time;
	// Reason says what makes it dynamic, for people.
	Dynamic bool
	Reason  string
}

// Pos returns the position of the first variable the initializer sets.
func (v *VarInit) Pos() token.Pos { return v.Vars[0].Pos() }

// Names returns the names of the variables the initializer sets, comma separated.
func (v *VarInit) Names() string { return gotypes.VarNames(v.Vars) }

// InitFunc is one func init() declaration.
type InitFunc struct {
	Decl *ast.FuncDecl
	// Empty reports whether the compiler drops the function because its
	// body has no statements once empty and constant-false ones are gone.
	Empty bool
}

// Pos returns the position of the init function's name.
func (f *InitFunc) Pos() token.Pos { return f.Decl.Name.Pos() }

// HasWork reports whether the package has init functions to run: a
// variable initializer that needs code or a non-empty init function.
func (p *Package) HasWork() bool { return p.work }

// WorkReason says why the model gives p init work (the first
// initializer that needs code, or the first non-empty init function,
// with its position), or that it gives it none.
func (prog *Program) WorkReason(p *Package) string {
	if p == nil {
		return "not in the loaded program"
	}
	for _, v := range p.Vars {
		if v.Dynamic {
			return fmt.Sprintf("var %s at %s: %s", v.Names(), prog.Fset.Position(v.Pos()), v.Reason)
		}
	}
	for _, f := range p.Funcs {
		if !f.Empty {
			return fmt.Sprintf("func init at %s", prog.Fset.Position(f.Pos()))
		}
	}
	return fmt.Sprintf("no init work (%d initializers, %d init funcs, task: %v)", len(p.Vars), len(p.Funcs), p.HasTask)
}

// Package returns the package of the program with the given import path, or nil.
func (prog *Program) Package(path string) *Package { return prog.byPath[path] }

// LoadError reports packages that failed to load; each error carries a position.
type LoadError struct {
	Errors []packages.Error
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Errors))
	for i, err := range e.Errors {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// Load loads the program rooted at the package matched by pattern and
// builds its init model.
func Load(cfg Config, pattern string) (*Program, error) {
	mode := cfg.BuildMode
	if mode == "" {
		mode = ModeExe
	}
	pcfg := &packages.Config{
		Mode: LoadMode,
		Dir:  cfg.Dir,
		Env:  cfg.Env,
	}
	if len(cfg.Tags) > 0 {
		pcfg.BuildFlags = []string{"-tags=" + strings.Join(cfg.Tags, ",")}
	}
	// The linker always links the runtime, imported or not, and runs its
	// tasks first: load it in the same go/packages call. The model does
	// not follow the standard library's code: only what staticinit
	// reads of it is type-checked (load.TrimBodies).
	roots, err := load.Packages(pcfg, IsStdPackage, pattern, "runtime")
	if err != nil {
		return nil, err
	}
	var root, rt *packages.Package
	for _, p := range roots {
		if p.PkgPath == "runtime" {
			rt = p
		}
	}
	for _, p := range roots {
		if p != rt || len(roots) == 1 {
			if root != nil {
				return nil, fmt.Errorf("%s matches more than one package; name exactly one package", pattern)
			}
			root = p
		}
	}
	if errs := PackageErrors(roots, cfg.Dir); len(errs) > 0 {
		return nil, &LoadError{Errors: errs}
	}
	return New(root, rt, mode), nil
}

// PackageErrors returns the errors of all packages reachable from roots,
// one per problem, sorted by position: a package's type errors are left
// out when it failed to list or parse or could not import a broken
// package (they follow from that), only the first syntax error of a file
// is kept, the continuation lines of a type error are joined to it, and
// import cycle errors get the position of the import that closes the
// cycle. Relative file names, which go list reports relative to dir,
// are made absolute.
func PackageErrors(roots []*packages.Package, dir string) []packages.Error {
	var errs []packages.Error
	seen := map[string]bool{}
	byPath := map[string]*packages.Package{}
	packages.Visit(roots, nil, func(p *packages.Package) { byPath[p.PkgPath] = p })
	packages.Visit(roots, nil, func(p *packages.Package) {
		worst := packages.TypeError
		for _, e := range p.Errors {
			worst = min(worst, e.Kind)
		}
		parsed := map[string]bool{}
		for _, e := range p.Errors {
			switch {
			case e.Kind > worst || e.Kind == packages.TypeError && (importsBroken(p, e.Msg) || brokenImport(p)):
				continue
			case e.Kind == packages.TypeError && strings.HasPrefix(e.Msg, "\t") && len(errs) > 0:
				errs[len(errs)-1].Msg += "; " + strings.TrimSpace(e.Msg)
				continue
			case e.Kind == packages.ParseError:
				file := strings.SplitN(e.Pos, ":", 2)[0]
				if parsed[file] {
					continue
				}
				parsed[file] = true
			case e.Pos == "" && strings.Contains(e.Msg, "import cycle"):
				e.Pos = cyclePos(e.Msg, byPath)
			}
			if e.Pos != "" && e.Pos != "-" && !filepath.IsAbs(e.Pos) {
				if abs, err := filepath.Abs(filepath.Join(dir, e.Pos)); err == nil {
					e.Pos = abs
				}
			}
			if key := e.Pos + e.Msg; !seen[key] {
				seen[key] = true
				errs = append(errs, e)
			}
		}
	})
	sort.SliceStable(errs, func(i, j int) bool { return posn.Less(errs[i].Pos, errs[j].Pos) })
	return errs
}

// brokenImport reports whether a direct import of p has errors: then
// p's type errors follow from them.
func brokenImport(p *packages.Package) bool {
	for _, imp := range p.Imports {
		if len(imp.Errors) > 0 {
			return true
		}
	}
	return false
}

// importsBroken reports whether a type error says that p could not
// import a package that has errors of its own.
func importsBroken(p *packages.Package, msg string) bool {
	rest, ok := strings.CutPrefix(msg, "could not import ")
	if !ok {
		return false
	}
	path, _, _ := strings.Cut(rest, " ")
	imp := p.Imports[path]
	return imp == nil || len(imp.Errors) > 0
}

// cyclePos finds the import that closes the cycle in a go list message
// "import cycle not allowed: import stack: [a b c b]": c's import of b.
func cyclePos(msg string, byPath map[string]*packages.Package) string {
	open, end := strings.LastIndex(msg, "["), strings.LastIndex(msg, "]")
	if open < 0 || end < open {
		return ""
	}
	stack := strings.Fields(msg[open+1 : end])
	if len(stack) < 2 {
		return ""
	}
	from, to := byPath[stack[len(stack)-2]], stack[len(stack)-1]
	if from == nil {
		return ""
	}
	for _, f := range from.Syntax {
		for _, imp := range f.Imports {
			if strings.Trim(imp.Path.Value, "`\"") == to {
				return from.Fset.Position(imp.Pos()).String()
			}
		}
	}
	return ""
}

// New builds the init model of the program rooted at root, a package
// loaded with at least [LoadMode]. rt is the runtime package, which the
// linker links even when root does not import it; nil when root does or
// when it is unknown.
func New(root, rt *packages.Package, mode BuildMode) *Program {
	prog := &Program{Mode: mode, Fset: root.Fset, byPath: map[string]*Package{}}
	var visit func(p *packages.Package) *Package
	visit = func(p *packages.Package) *Package {
		if pkg := prog.byPath[p.PkgPath]; pkg != nil {
			return pkg
		}
		pkg := &Package{Path: p.PkgPath, Name: p.Name, Symbol: linksym.Prefix(p.PkgPath), Pkg: p}
		prog.byPath[p.PkgPath] = pkg
		paths := make([]string, 0, len(p.Imports))
		for path := range p.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			pkg.Imports = append(pkg.Imports, visit(p.Imports[path]))
		}
		return pkg
	}
	prog.Root = visit(root)
	if rt != nil {
		visit(rt)
	}
	if prog.Root.Name == "main" && mode != ModePlugin {
		prog.Root.Symbol = "main"
	}
	for _, pkg := range prog.byPath {
		prog.Packages = append(prog.Packages, pkg)
	}
	sort.Slice(prog.Packages, func(i, j int) bool { return prog.Packages[i].Path < prog.Packages[j].Path })

	funcs := staticinit.Funcs{}
	for _, pkg := range prog.Packages {
		if pkg.Pkg.TypesInfo != nil {
			funcs.Add(pkg.Pkg.TypesInfo, pkg.Pkg.Syntax)
		}
	}
	for _, pkg := range prog.Packages {
		fillInitWork(pkg, funcs)
		pkg.work = HasWork(pkg.Vars, pkg.Funcs)
	}
	prog.schedule()
	return prog
}

// IsStd reports whether a package belongs to the standard library: it is
// outside any module and the first element of its path has no dot. The
// commands of the Go distribution (cmd/...) are programs, not library.
func IsStd(path string, inModule bool) bool {
	first, _, _ := strings.Cut(path, "/")
	return !inModule && !strings.Contains(first, ".") && first != "cmd"
}

// IsStdPackage reports whether a loaded package belongs to the
// standard library.
func IsStdPackage(p *packages.Package) bool {
	return IsStd(p.PkgPath, p.Module != nil && p.Module.Path != "")
}
