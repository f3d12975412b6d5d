package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/astindex"
	"github.com/initvet/initvet/internal/chanuse"
	"github.com/initvet/initvet/internal/resultkeys"
	"github.com/initvet/initvet/internal/ssafold"
	"golang.org/x/tools/go/ssa"
)

// Dependencies gives what is known about functions and variables of other
// packages: from facts under go vet, or from their own summaries when
// the whole program is loaded.
type Dependencies interface {
	// FuncEffects returns the effects of calling fn, nil if it has none
	// or is unknown.
	FuncEffects(fn *types.Func) []initeffect.Effect
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
	Funcs map[*types.Func][]initeffect.Effect
	// Flags are the package variables that hold command-line flag values.
	Flags []*types.Var
	// Main holds the effects of main.main in a main package.
	Main []initeffect.Effect
}

// ItemEffects is one initializer or init function with what it does.
type ItemEffects struct {
	Init    *types.Initializer // nil for an init function
	Func    *ast.FuncDecl      // nil for an initializer
	Effects []initeffect.Effect
}

// Pos returns the position of the item's variable or init function.
func (it *ItemEffects) Pos() token.Pos {
	if it.Init != nil {
		return it.Init.Lhs[0].Pos()
	}
	return it.Func.Name.Pos()
}

// Init returns the effects of the whole init of the package, in order.
func (s *Summary) Init() []initeffect.Effect {
	var out []initeffect.Effect
	for _, it := range s.Items {
		out = append(out, it.Effects...)
	}
	return out
}

// Package is a well-typed package to summarize.
type Package struct {
	Fset  *token.FileSet
	Types *types.Package
	Info  *types.Info
	Files []*ast.File
	// SSA, if not nil, is the package created in a program shared with
	// its imports (made with SSAMode, from SSAInfo), which Summarize
	// builds if it is not yet built. A driver that holds the whole
	// program so creates each package once, instead of once for each
	// package importing it.
	// Summarize then runs concurrently with other packages' Summarize
	// only if the program's packages were all created before.
	SSA *ssa.Package
}

// Summarize computes the effects of a package's functions, init and
// main.main from its SSA form, using deps for other packages and model
// for the functions whose effects are known without their code.
func Summarize(p Package, deps Dependencies, model *initeffect.Model) *Summary {
	if model == nil {
		model = initeffect.DefaultModel
	}
	s := &summarizer{
		Package: p, deps: deps, model: model,
		nodes:       map[*ssa.Function]*fnode{},
		byObj:       map[*types.Func]*fnode{},
		flags:       map[*types.Var]bool{},
		uses:        chanuse.Uses{},
		typeMethods: map[string][]method{},
		goroutines:  map[goKey][]initeffect.Effect{},
		typeNames:   map[namedKey]string{},
		called:      map[*fnode][]initeffect.Effect{},
		positions:   map[token.Pos]string{},
	}
	s.syntax = astindex.New(p.Types, p.Info, p.Files)
	s.build()
	s.collect()
	s.resolveDynamic()
	for _, n := range s.order {
		s.scan(n)
	}
	s.scanInit()
	s.solve()
	return s.result()
}

// fnode is a function-like unit: a function, method or func literal of
// the package, an instance of one, or a package-level initializer.
type fnode struct {
	name    string
	fn      *ssa.Function // nil for an initializer
	obj     *types.Func   // a declared function or method
	init    *types.Initializer
	local   []initeffect.Effect // direct effects; Chain holds the effect's own site
	values  []initeffect.Effect // values it makes, until they are known to matter
	calls   []callEdge
	effects []initeffect.Effect // transitive
	// While solving: index finds an effect by the number of its key
	// (summarizer.keyID), and keys holds each effect's.
	index map[int32]int
	keys  []int32
	// While solving: stamps holds, for each effect, the clock's time when
	// it was stored, changed the time of the latest, resolvedAt the time
	// n's dynamic calls were last resolved (see resolveNode), and
	// calleeNodes, for each of its calls, the nodes of the values it
	// found then.
	clock               *int
	stamps              []int
	changed, resolvedAt int
	calleeNodes         [][]*fnode
}

type callEdge struct {
	call        ssa.CallInstruction // the call, when its arguments are the callee's parameters
	to          *fnode
	ext         *types.Func // callee in another package, when to is nil
	site        token.Pos
	conditional bool
	sync        bool     // inside sync.Once.Do and the like: accesses are idempotent
	thenExits   bool     // the caller exits the process right after the call
	guards      []string // the package variables the call needs set (Effect.Guards)
	once        string   // the variable that makes the caller run once (Effect.Once)
}

type summarizer struct {
	Package
	deps  Dependencies
	model *initeffect.Model
	// clock counts the effects stored while solving (see fnode.put).
	clock int
	// keyIDs numbers the effect keys met while solving (see keyID).
	keyIDs map[effectKey]int32

	pkg   *ssa.Package
	nodes map[*ssa.Function]*fnode
	byObj map[*types.Func]*fnode
	order []*fnode
	items []*fnode // initializers, in InitOrder
	inits []*fnode // init functions, in file order
	main  *fnode
	// callees are the functions a dynamic call can reach, by VTA.
	callees map[ssa.CallInstruction][]*ssa.Function
	// goroutines caches what the goroutines started do (fillGoroutine).
	goroutines map[goKey][]initeffect.Effect
	// typeNames caches typeName.
	typeNames map[namedKey]string
	// typeMethods caches methods, by type.
	typeMethods map[string][]method
	// called caches calledOf.
	called map[*fnode][]initeffect.Effect
	// positions caches the text of the positions of sites (see site).
	positions map[token.Pos]string
	// refs are what effects refer to (Effect.Ref).
	refs []effectRef
	// ops holds an instruction's operands while the scanner looks at
	// them, kept to save an allocation per instruction.
	ops []*ssa.Value
	// results caches resultkeys.ResultMap, by function.
	results map[*ssa.Function]*resultkeys.Result

	flags map[*types.Var]bool
	// uses and waits find receives and WaitGroup waits nothing can end.
	uses  chanuse.Uses
	waits []wait

	// syntax holds what the package's syntax says that its SSA form
	// does not.
	syntax *astindex.Index
	// fixedFuncs are the package's func variables that only their
	// initializer sets, to a function: a call through one calls it.
	fixedFuncs map[*ssa.Global]*ssa.Function
	// folds caches folding, by function; setters tells the functions
	// of the package that store each of its variables.
	folds   map[foldKey]*ssafold.Folding
	setters *ssafold.Setters
}

// result collects the summary of the package.
func (s *summarizer) result() *Summary {
	sum := &Summary{Funcs: map[*types.Func][]initeffect.Effect{}}
	for _, n := range s.order {
		if n.obj != nil && len(n.effects) > 0 && (n.fn == nil || n.fn.Origin() == nil) {
			sum.Funcs[n.obj] = s.withCalled(n.effects)
		}
	}
	set := map[string]bool{}
	for _, n := range s.items {
		for _, v := range n.init.Lhs {
			set[v.Pkg().Path()+"."+v.Name()] = true
		}
		sum.Items = append(sum.Items, &ItemEffects{Init: n.init, Effects: released(s.unguarded(n.effects, set))})
	}
	for _, n := range s.inits {
		sum.Items = append(sum.Items, &ItemEffects{Func: n.fn.Syntax().(*ast.FuncDecl), Effects: released(s.unguarded(n.effects, set))})
	}
	if s.main != nil {
		sum.Main = released(s.main.effects)
	}
	for v := range s.flags {
		sum.Flags = append(sum.Flags, v)
	}
	sort.Slice(sum.Flags, func(i, j int) bool { return sum.Flags[i].Pos() < sum.Flags[j].Pos() })
	return sum
}

// withCalled returns effects with what calling each value does filled
// in, for other packages (see calledOf), leaving out values that do
// nothing there.
func (s *summarizer) withCalled(effects []initeffect.Effect) []initeffect.Effect {
	if !slices.ContainsFunc(effects, func(e initeffect.Effect) bool { return e.Ref != 0 || e.Kind == initeffect.KindValue }) {
		return effects
	}
	out := make([]initeffect.Effect, 0, len(effects))
	for _, e := range effects {
		switch {
		case e.Kind == initeffect.KindValue && s.ref(e.Ref).valueNode != nil:
			if e.Called = s.calledOf(s.ref(e.Ref).valueNode); len(e.Called) == 0 {
				continue
			}
		case e.Kind == initeffect.KindValue && s.ref(e.Ref).typ == nil && e.Methods == nil:
			if e.Called = courseOnly(e.Called); len(e.Called) == 0 {
				continue
			}
		case e.Kind == initeffect.KindValue && s.ref(e.Ref).typ != nil:
			e.Methods = nil
			for _, m := range s.methods(s.ref(e.Ref).typ) {
				if m.node != nil {
					m.Called = s.calledOf(m.node)
				} else {
					m.Called = courseOnly(m.Called)
				}
				if len(m.Called) > 0 {
					e.Methods = append(e.Methods, m.Method)
				}
			}
			if len(e.Methods) == 0 {
				continue
			}
		}
		out = append(out, release(e))
	}
	return out
}

// calledOf returns what calling a value of the node does, as other
// packages see it: what changes the course of init (exits, locks,
// blocking, goroutines, flags, main-thread calls). Not the reads and
// writes, nor the dynamic calls it makes in turn, which would make
// every value carry the state and the calls its methods touch. It is
// computed once per node and shared.
func (s *summarizer) calledOf(n *fnode) []initeffect.Effect {
	if called, ok := s.called[n]; ok {
		return called
	}
	called := courseOnly(n.effects)
	s.called[n] = called
	return called
}

// courseOnly returns the effects that change the course of init, and of
// goroutines only their main-thread-only calls (see calledOf).
func courseOnly(effects []initeffect.Effect) []initeffect.Effect {
	var out []initeffect.Effect
	for _, c := range effects {
		switch c.Kind {
		case initeffect.KindRead, initeffect.KindWrite, initeffect.KindValue, initeffect.KindCall:
		case initeffect.KindGo:
			c = release(c)
			var inner []initeffect.Effect
			for _, g := range c.Goroutine {
				if g.Kind == initeffect.KindMainThread {
					inner = append(inner, g)
				}
			}
			c.Goroutine = inner
			out = append(out, c)
		default:
			out = append(out, release(c))
		}
	}
	return out
}

// released returns a copy of effects that keeps no node, and so none of
// the package's SSA form, alive: what goroutines do and what values call
// is in the effects by now.
func released(effects []initeffect.Effect) []initeffect.Effect {
	if !slices.ContainsFunc(effects, func(e initeffect.Effect) bool { return e.Ref != 0 }) {
		return effects
	}
	out := make([]initeffect.Effect, len(effects))
	for i, e := range effects {
		out[i] = release(e)
	}
	return out
}

// release returns e without its nodes.
func release(e initeffect.Effect) initeffect.Effect {
	e.Ref = 0
	return e
}

// effectRef is the code of the package an effect refers to while the
// package is summarized (Effect.Ref).
type effectRef struct {
	goNodes []*fnode      // the goroutine's functions in this package
	goExt   []*types.Func // and in other packages
	// valueNode is the function of this package a value calls, and typ
	// the type a value is of (KindValue).
	valueNode *fnode
	typ       types.Type
}

// newRef records r and returns its Effect.Ref.
func (s *summarizer) newRef(r effectRef) int {
	s.refs = append(s.refs, r)
	return len(s.refs)
}

// ref returns what an effect's Ref refers to; nothing when it is zero.
func (s *summarizer) ref(ref int) effectRef {
	if ref == 0 {
		return effectRef{}
	}
	return s.refs[ref-1]
}

// unguarded returns the effects of an initializer or init function that
// can happen during the package's init: not those guarded by a variable
// of the package that nothing has set yet (see Effect.Guards), nor flag
// reads of such a variable (it holds a flag only once code defining the
// flag has run, and during its own init only the package's init code
// has). set holds
// the variables set so far ("path.Name"), to which it adds the ones
// these effects write.
func (s *summarizer) unguarded(effects []initeffect.Effect, set map[string]bool) []initeffect.Effect {
	for _, e := range effects {
		if e.Kind == initeffect.KindWrite && e.Var != nil && !e.Var.Registry {
			set[e.Var.Pkg+"."+e.Var.Name] = true
		}
	}
	own := s.Types.Path() + "."
	unset := func(v string) bool { return strings.HasPrefix(v, own) && !set[v] }
	return slices.DeleteFunc(slices.Clone(effects), func(e initeffect.Effect) bool {
		// A flag variable of the package read before its init defines
		// the flag holds its zero value, not a flag.
		if e.Kind == initeffect.KindFlagRead && e.Var != nil && unset(e.Var.Pkg+"."+e.Var.Name) {
			return true
		}
		return slices.ContainsFunc(e.Guards, unset)
	})
}

// site returns the site at pos in the function named fn. Effects that
// cross a call share its site: each position is written out once.
func (s *summarizer) site(pos token.Pos, fn string) initeffect.Site {
	text, ok := s.positions[pos]
	if !ok {
		text = s.Fset.Position(pos).String()
		s.positions[pos] = text
	}
	return initeffect.NewSite(pos, text, fn)
}
