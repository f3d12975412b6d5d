package summary

import (
	"go/ast"
	"go/types"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/callees"
	"github.com/initvet/initvet/internal/gotypes"
	"github.com/initvet/initvet/internal/valueflow"
	"golang.org/x/tools/go/ssa"
)

// SSAMode is how the model builds SSA: init functions are bare (no
// guard, no calls of the imports' inits: the schedule orders those), and
// generic functions are instantiated at each call, as VTA requires. A
// program that Package.SSA comes from must be made with it.
const SSAMode = ssa.BareInits | ssa.InstantiateGenerics

// build constructs the package's SSA form: the one Package.SSA gives
// (created from SSAInfo), or, as the buildssa pass does, one of its own
// with its direct imports created from their types.
func (s *summarizer) build() {
	if s.SSA != nil {
		s.pkg = s.SSA
		s.pkg.Build()
		return
	}
	prog := ssa.NewProgram(s.Fset, SSAMode)
	for _, imp := range s.Types.Imports() {
		prog.CreatePackage(imp, nil, nil, true)
	}
	s.pkg = prog.CreatePackage(s.Types, s.Files, SSAInfo(s.Info), false)
	s.pkg.Build()
}

// add makes the node of a function of the package.
func (s *summarizer) add(fn *ssa.Function) *fnode {
	if n := s.nodes[fn]; n != nil {
		return n
	}
	n := &fnode{fn: fn, clock: &s.clock}
	switch syn := fn.Syntax().(type) {
	case *ast.FuncLit:
		n.name = s.syntax.LitNames[syn]
	case *ast.FuncDecl:
		if obj, ok := fn.Object().(*types.Func); ok {
			n.name, n.obj = gotypes.FuncName(obj), obj
		}
	}
	if orig := fn.Origin(); orig != nil && n.name == "" {
		if obj, ok := orig.Object().(*types.Func); ok {
			n.name = gotypes.FuncName(obj)
		}
	}
	if n.name == "" {
		n.name = s.Types.Name() + "." + fn.Name()
	}
	s.nodes[fn] = n
	if n.obj != nil && fn.Origin() == nil {
		s.byObj[n.obj] = n
		if s.syntax.MainThread[n.obj] {
			n.local = append(n.local, initeffect.Effect{Kind: initeffect.KindMainThread, Name: n.name})
		}
	}
	s.order = append(s.order, n)
	for _, anon := range fn.AnonFuncs {
		s.add(anon)
	}
	return n
}

// collect creates the nodes: every function and method declared in the
// package with its func literals, the instances of its generic functions
// that the package calls, and one node per package-level initializer,
// which the synthetic init function's code is split into.
func (s *summarizer) collect() {
	s.collectDecls()
	for _, in := range s.Info.InitOrder {
		n := &fnode{name: "var " + gotypes.VarNames(in.Lhs) + " initializer", init: in, clock: &s.clock}
		s.items = append(s.items, n)
		s.order = append(s.order, n)
	}
	if init := s.pkg.Func("init"); init != nil {
		for _, anon := range init.AnonFuncs {
			s.add(anon)
		}
	}
	// Instances of generic functions and methods of the package have
	// bodies of their own; find them through the calls.
	for i := 0; i < len(s.order); i++ {
		fn := s.order[i].fn
		if fn == nil {
			continue
		}
		s.instances(fn)
	}
	s.instances(s.pkg.Func("init"))
	s.notePackageState()
}

// collectDecls makes the nodes of the functions and methods the
// package declares, and notes its init functions and main.main.
func (s *summarizer) collectDecls() {
	for _, f := range s.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := s.Info.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			fn := s.pkg.Prog.FuncValue(obj)
			if fn == nil {
				continue
			}
			n := s.add(fn)
			switch {
			case fd.Recv == nil && fd.Name.Name == "init":
				s.inits = append(s.inits, n)
			case fd.Recv == nil && fd.Name.Name == "main" && s.Types.Name() == "main":
				s.main = n
			}
		}
	}
}

// instances adds the nodes of the package's generic instances fn calls.
func (s *summarizer) instances(fn *ssa.Function) {
	if fn == nil {
		return
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if callee := call.Common().StaticCallee(); callee != nil && callee.Origin() != nil && callee.Origin().Pkg == s.pkg && len(callee.Blocks) > 0 {
				s.add(callee)
			}
		}
	}
}

// resolveDynamic finds what the package's dynamic calls can reach (see
// callees.Dynamic), over the package's functions and its init.
func (s *summarizer) resolveDynamic() {
	funcs := map[*ssa.Function]bool{}
	for fn := range s.nodes {
		funcs[fn] = true
	}
	if init := s.pkg.Func("init"); init != nil {
		funcs[init] = true
	}
	s.callees = callees.Dynamic(funcs, s.needsCallees)
}

// needsCallees reports whether the scanner asks what a dynamic call can
// reach (see dynamicCallees and dynamicCall): for a go statement, and
// for a call whose value it follows to where it is made, unless the
// model knows the method called.
func (s *summarizer) needsCallees(instr ssa.CallInstruction) bool {
	if _, goes := instr.(*ssa.Go); goes {
		return true
	}
	c := instr.Common()
	if c.IsInvoke() {
		if _, modelled := s.model.FuncEffect(c.Method); modelled {
			return false
		}
	}
	return valueflow.Source(c.Value, instr.Parent()) != ""
}
