package inittask

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Imported gives what is known about functions and variables of other
// packages: from facts under go vet, or from their own summaries when
// the whole program is loaded.
type Imported interface {
	// FuncEffects returns the effects of calling fn, nil if it has none
	// or is unknown.
	FuncEffects(fn *types.Func) []Effect
	// IsFlag reports whether v holds a command-line flag's value.
	IsFlag(v *types.Var) bool
	// IsStd reports whether the package with this path belongs to the
	// standard library, whose code is not followed: what matters of it
	// during init is modelled by function.
	IsStd(path string) bool
}

// Summary holds the effects of one package.
type Summary struct {
	// Items are the package's initializers that run code and its init
	// functions, in the order they run, each with its effects.
	Items []*ItemEffects
	// Funcs are the effects of calling each function and method of the
	// package that has any.
	Funcs map[*types.Func][]Effect
	// Flags are the package variables that hold command-line flag values.
	Flags []*types.Var
	// Main holds the effects of main.main in a main package.
	Main []Effect
}

// ItemEffects is one initializer or init function with what it does.
type ItemEffects struct {
	Init    *types.Initializer // nil for an init function
	Func    *ast.FuncDecl      // nil for an initializer
	Effects []Effect
}

// Pos returns the position of the item's variable or init function.
func (it *ItemEffects) Pos() token.Pos {
	if it.Init != nil {
		return it.Init.Lhs[0].Pos()
	}
	return it.Func.Name.Pos()
}

// Init returns the effects of the whole init of the package, in order.
func (s *Summary) Init() []Effect {
	var out []Effect
	for _, it := range s.Items {
		out = append(out, it.Effects...)
	}
	return out
}

// Summarize computes the effects of a package's functions, init and
// main.main from its syntax, using imp for other packages.
func Summarize(fset *token.FileSet, pkg *types.Package, info *types.Info, files []*ast.File, imp Imported) *Summary {
	s := &summarizer{
		fset: fset, pkg: pkg, info: info, imp: imp,
		nodes:    map[any]*fnode{},
		funcVals: map[*types.Var][]any{},
		flags:    map[*types.Var]bool{},
		uses:     map[*types.Var]*varUse{},
		impls:    map[implKey][]*fnode{},
	}
	s.collect(files)
	for _, n := range s.order {
		s.scan(n)
	}
	s.solve()
	return s.result(files)
}

// fnode is a function-like unit: a declared function or method, a func
// literal, or a package-level initializer.
type fnode struct {
	name        string
	key         any // *types.Func, *ast.FuncLit or *types.Initializer
	body        ast.Node
	params      []*types.Var
	local       []Effect // direct effects; Chain holds the effect's own site
	calls       []callEdge
	goes        []callEdge        // go statements
	paramCalled map[int]bool      // parameters this function calls
	effects     []Effect          // transitive
	index       map[effectKey]int // effects by key, while solving
}

type callEdge struct {
	to          *fnode
	ext         *types.Func // callee in another package, when to is nil
	site        token.Pos
	conditional bool
	sync        bool           // inside sync.Once.Do and the like: accesses are idempotent
	args        map[int]*fnode // arguments that are functions of this package
}

type summarizer struct {
	fset  *token.FileSet
	pkg   *types.Package
	info  *types.Info
	imp   Imported
	nodes map[any]*fnode
	order []*fnode
	// funcVals lists, per func-typed package variable, the functions
	// (*types.Func or *ast.FuncLit) stored into it anywhere in the package.
	funcVals map[*types.Var][]any
	flags    map[*types.Var]bool
	// concrete and impls serve class hierarchy analysis.
	concrete []types.Type
	impls    map[implKey][]*fnode
	// uses and waits find receives and WaitGroup waits nothing can end.
	uses  map[*types.Var]*varUse
	waits []wait
}

// varUse is what the package does with a channel or WaitGroup variable.
type varUse struct {
	sends   bool // a send or close (channel), a Done (WaitGroup)
	adds    bool // an Add (WaitGroup)
	escapes bool // flows where this analysis cannot follow it
	signal  bool // passed to signal.Notify
}

// wait is a receive, select or WaitGroup.Wait on variables.
type wait struct {
	node  *fnode
	chans []*types.Var
	wg    bool
	pos   token.Pos
	cond  bool
	name  string
}

func (s *summarizer) use(v *types.Var) *varUse {
	u := s.uses[v]
	if u == nil {
		u = &varUse{}
		s.uses[v] = u
	}
	return u
}

func (s *summarizer) add(key any, name string, body ast.Node, params []*types.Var) {
	n := &fnode{name: name, key: key, body: body, params: params}
	s.nodes[key] = n
	s.order = append(s.order, n)
}

// collect creates the nodes of the package and finds func values stored
// in package variables and flag variables.
func (s *summarizer) collect(files []*ast.File) {
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := s.info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			s.add(fn, displayName(fn), fd.Body, paramsOf(fn))
			if hasMarker(fd.Doc, mainThreadMarker) {
				n := s.nodes[fn]
				n.local = append(n.local, Effect{Kind: KindMainThread, Name: n.name})
			}
		}
	}
	for _, in := range s.info.InitOrder {
		s.add(in, "var "+varNames(in.Lhs)+" initializer", in.Rhs, nil)
		if len(in.Lhs) == 1 {
			s.noteStore(in.Lhs[0], in.Rhs)
			s.noteFlag(in.Lhs[0], in.Rhs)
		}
		for _, v := range in.Lhs {
			if c, ok := ast.Unparen(in.Rhs).(*ast.CallExpr); !ok || len(in.Lhs) > 1 || !isMake(s.info, c) {
				if isChan(v.Type()) {
					s.use(v).escapes = true
				}
			}
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				s.add(n, "func literal", n.Body, paramsOfSig(s.info.Types[n].Type))
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if v := s.pkgVar(l); v != nil {
							s.noteStore(v, n.Rhs[i])
						}
					}
				}
			case *ast.CallExpr:
				s.noteFlagVar(n)
			}
			return true
		})
	}
	// Name func literals after the function that contains them.
	for _, f := range files {
		for _, d := range f.Decls {
			var outer string
			switch d := d.(type) {
			case *ast.FuncDecl:
				if fn, ok := s.info.Defs[d.Name].(*types.Func); ok {
					outer = displayName(fn)
				}
			case *ast.GenDecl:
				outer = s.pkg.Name() + ".init"
			}
			count := 0
			ast.Inspect(d, func(n ast.Node) bool {
				if fl, ok := n.(*ast.FuncLit); ok && s.nodes[fl] != nil {
					count++
					s.nodes[fl].name = outer + ".func" + itoa(count)
				}
				return true
			})
		}
	}
}

// noteStore records a function stored into a func-typed package variable.
func (s *summarizer) noteStore(v *types.Var, rhs ast.Expr) {
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return
	}
	switch r := ast.Unparen(rhs).(type) {
	case *ast.FuncLit:
		s.funcVals[v] = append(s.funcVals[v], r)
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := s.info.Uses[identOf(r)].(*types.Func); ok {
			s.funcVals[v] = append(s.funcVals[v], fn)
		}
	}
}

// noteFlag records a package variable initialized by flag.String and friends.
func (s *summarizer) noteFlag(v *types.Var, rhs ast.Expr) {
	c, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	if fn := typeutil.StaticCallee(s.info, c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "flag" {
		if _, ptr := v.Type().Underlying().(*types.Pointer); ptr && !strings.HasSuffix(fn.Name(), "Var") {
			s.flags[v] = true
		}
	}
}

// noteFlagVar records a package variable registered with flag.StringVar
// and friends.
func (s *summarizer) noteFlagVar(c *ast.CallExpr) {
	fn := typeutil.StaticCallee(s.info, c)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || !strings.HasSuffix(fn.Name(), "Var") || len(c.Args) == 0 {
		return
	}
	if u, ok := ast.Unparen(c.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if v := s.pkgVar(u.X); v != nil && v.Pkg() == s.pkg {
			s.flags[v] = true
		}
	}
}

// pkgVar returns the package-level variable x denotes, or nil.
func (s *summarizer) pkgVar(x ast.Expr) *types.Var {
	id := identOf(x)
	if id == nil {
		return nil
	}
	if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok && s.info.Selections[sel] != nil {
		return nil // a field, not a qualified identifier
	}
	v, ok := s.info.Uses[id].(*types.Var)
	if !ok || !isPackageVar(v) {
		return nil
	}
	return v
}

func (s *summarizer) site(pos token.Pos, fn string) Site {
	return Site{Func: fn, Pos: s.fset.Position(pos).String(), pos: pos}
}

// result collects the summary of the package.
func (s *summarizer) result(files []*ast.File) *Summary {
	sum := &Summary{Funcs: map[*types.Func][]Effect{}}
	for _, n := range s.order {
		if fn, ok := n.key.(*types.Func); ok && len(n.effects) > 0 {
			sum.Funcs[fn] = n.effects
		}
	}
	for _, in := range s.info.InitOrder {
		sum.Items = append(sum.Items, &ItemEffects{Init: in, Effects: s.nodes[in].effects})
	}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil {
				continue
			}
			fn, _ := s.info.Defs[fd.Name].(*types.Func)
			switch {
			case fn == nil:
			case fd.Name.Name == "init":
				sum.Items = append(sum.Items, &ItemEffects{Func: fd, Effects: s.nodes[fn].effects})
			case fd.Name.Name == "main" && s.pkg.Name() == "main":
				sum.Main = s.nodes[fn].effects
			}
		}
	}
	for v := range s.flags {
		sum.Flags = append(sum.Flags, v)
	}
	sort.Slice(sum.Flags, func(i, j int) bool { return sum.Flags[i].Pos() < sum.Flags[j].Pos() })
	return sum
}

func paramsOf(fn *types.Func) []*types.Var { return paramsOfSig(fn.Type()) }

func paramsOfSig(t types.Type) []*types.Var {
	sig, ok := t.(*types.Signature)
	if !ok {
		return nil
	}
	var out []*types.Var
	for i := range sig.Params().Len() {
		out = append(out, sig.Params().At(i))
	}
	return out
}

func varNames(vars []*types.Var) string {
	names := make([]string, len(vars))
	for i, v := range vars {
		names[i] = v.Name()
	}
	return strings.Join(names, ", ")
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// hasMarker reports whether a doc comment has a line that is exactly marker.
func hasMarker(doc *ast.CommentGroup, marker string) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if strings.TrimSpace(c.Text) == marker {
			return true
		}
	}
	return false
}

// isMake reports whether c calls the builtin make.
func isMake(info *types.Info, c *ast.CallExpr) bool {
	b, ok := info.Uses[identOf(c.Fun)].(*types.Builtin)
	return ok && b.Name() == "make"
}
