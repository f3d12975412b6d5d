package staticinit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// InlineCosts gives, for a function of another package, the inliner's
// cost of a call to it when ConstantCallCosts found that the call is
// statically initialized with constant arguments.
type InlineCosts func(fn *types.Func) (cost int, ok bool)

// ConstantCallCosts returns the functions of a package that the compiler
// inlines into another package's initializer and that are then statically
// initialized when every argument is a constant, as errors.New("...") is,
// each with the inliner's cost of the call. Package-at-a-time drivers
// pass them to the importers' inittask.InitWork as facts, in place of the syntax
// that Load reads for the whole program.
//
// Only functions whose parameters all have basic or nillable types
// qualify; the arguments are stood for by constants of those types, or
// nil, and a call qualifies when it passes those. costs, which
// may be nil, gives the same for the functions of the package's imports.
func ConstantCallCosts(pkg *types.Package, info *types.Info, files []*ast.File, costs InlineCosts) map[*types.Func]int {
	funcs := Funcs{}
	funcs.Add(info, files)
	// The caller is a package of its own: reads of this package's
	// variables are not static copies there.
	caller := types.NewPackage(pkg.Path()+".caller", "caller")
	s := &staticInit{pkg: caller, info: info, funcs: funcs, budget: inlineMaxBudget, costs: costs}
	out := map[*types.Func]int{}
	for fn, src := range funcs {
		sig := fn.Signature()
		if sig.Recv() != nil || sig.Variadic() ||
			!delayableResult(sig) || noInline(src.decl) || len(src.decl.Body.List) != 1 {
			continue
		}
		ret, ok := src.decl.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || nodeCount(ret)+1 > inlineMaxBudget {
			continue
		}
		args, ok := constantArgs(paramVars(src.decl, info))
		if ok && s.inlineBody(src, sig, args, fn.Name(), 0) == "" {
			out[fn] = nodeCount(ret) + 1
		}
	}
	return out
}

// constantArgs returns an argument of each parameter's type that
// stands for any constant (basic types) or for nil (pointers, slices,
// maps, channels, functions, interfaces), or false when a parameter is
// unnamed or of another type.
func constantArgs(params []*types.Var) ([]argument, bool) {
	var args []argument
	for _, p := range params {
		if p == nil {
			return nil, false
		}
		if nillable(p.Type()) {
			// nil, type-checked so that its recorded type and value are
			// those of the untyped nil.
			id := ast.NewIdent("nil")
			info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
			if err := types.CheckExpr(token.NewFileSet(), nil, token.NoPos, id, info); err != nil {
				return nil, false
			}
			args = append(args, argument{id, &env{info: info}})
			continue
		}
		b, ok := p.Type().Underlying().(*types.Basic)
		if !ok {
			return nil, false
		}
		var v constant.Value
		switch {
		case b.Info()&types.IsBoolean != 0:
			v = constant.MakeBool(true)
		case b.Info()&types.IsString != 0:
			v = constant.MakeString("x")
		case b.Info()&types.IsNumeric != 0:
			v = constant.MakeInt64(1)
		default:
			return nil, false
		}
		// The literal stands for any constant: only its recorded type and
		// value are read.
		lit := &ast.BasicLit{Value: v.ExactString()}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{lit: {Type: p.Type(), Value: v}}}
		args = append(args, argument{lit, &env{info: info}})
	}
	return args, true
}

// nillable reports whether nil is a value of type t (and no constant is).
func nillable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return true
	}
	return false
}

// otherPackageConstantCall reports whether c calls a function of another
// package that the costs say is static with constant arguments,
// with only constant arguments and within the caller's inlining budget.
func (s *staticInit) otherPackageConstantCall(c *ast.CallExpr, e *env) bool {
	if s.costs == nil || s.fips || e.depth >= maxInlineDepth || c.Ellipsis.IsValid() {
		return false
	}
	fn := typeutil.StaticCallee(e.info, c)
	if fn == nil {
		return false
	}
	if _, local := s.funcs[fn.Origin()]; local {
		return false
	}
	cost, ok := s.costs(fn.Origin())
	if !ok || cost > s.budget {
		return false
	}
	params := fn.Signature().Params()
	if fn.Signature().Variadic() || params.Len() != len(c.Args) {
		return false
	}
	for i, a := range c.Args {
		if nillable(params.At(i).Type()) {
			if !e.info.Types[a].IsNil() {
				return false
			}
		} else if constValue(a, e) == nil {
			return false
		}
	}
	return true
}
