package inittask

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

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
	packages.NeedTypesInfo | packages.NeedModule

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
}

// VarInit is one package-level variable initializer.
type VarInit struct {
	Lhs []*types.Var
	Rhs ast.Expr
	// Dynamic reports whether the initializer needs code at run time;
	// Why says what makes it dynamic, for people.
	Dynamic bool
	Why     string
}

// Pos returns the position of the first variable the initializer sets.
func (v *VarInit) Pos() token.Pos { return v.Lhs[0].Pos() }

// Names returns the names of the variables the initializer sets, comma separated.
func (v *VarInit) Names() string {
	names := make([]string, len(v.Lhs))
	for i, l := range v.Lhs {
		names[i] = l.Name()
	}
	return strings.Join(names, ", ")
}

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
func (p *Package) HasWork() bool {
	for _, v := range p.Vars {
		if v.Dynamic {
			return true
		}
	}
	for _, f := range p.Funcs {
		if !f.Empty {
			return true
		}
	}
	return false
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
	roots, err := packages.Load(pcfg, pattern)
	if err != nil {
		return nil, err
	}
	if len(roots) != 1 {
		return nil, fmt.Errorf("%s matches %d packages; name exactly one package", pattern, len(roots))
	}
	if errs := collectErrors(roots); len(errs) > 0 {
		return nil, &LoadError{Errors: errs}
	}
	return New(roots[0], mode), nil
}

// collectErrors returns the errors of all packages reachable from roots,
// without duplicates, in a stable order.
func collectErrors(roots []*packages.Package) []packages.Error {
	var errs []packages.Error
	seen := map[string]bool{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			key := e.Error()
			if !seen[key] {
				seen[key] = true
				errs = append(errs, e)
			}
		}
	})
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs
}

// New builds the init model of the program rooted at root, a package
// loaded with at least [LoadMode].
func New(root *packages.Package, mode BuildMode) *Program {
	prog := &Program{Mode: mode, Fset: root.Fset, byPath: map[string]*Package{}}
	var visit func(p *packages.Package) *Package
	visit = func(p *packages.Package) *Package {
		if pkg := prog.byPath[p.PkgPath]; pkg != nil {
			return pkg
		}
		pkg := &Package{Path: p.PkgPath, Name: p.Name, Symbol: PathToPrefix(p.PkgPath), Pkg: p}
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
	if prog.Root.Name == "main" && mode != ModePlugin {
		prog.Root.Symbol = "main"
	}
	for _, pkg := range prog.byPath {
		prog.Packages = append(prog.Packages, pkg)
	}
	sort.Slice(prog.Packages, func(i, j int) bool { return prog.Packages[i].Path < prog.Packages[j].Path })

	funcs := newFuncIndex(prog.Packages)
	for _, pkg := range prog.Packages {
		describe(pkg, funcs)
	}
	prog.schedule()
	return prog
}
