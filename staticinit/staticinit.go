// Package staticinit decides which package-level variable initializers
// the Go compiler lays out as data and which need code at run time, as
// cmd/compile/internal/staticinit does, including calls of other
// packages' functions that the compiler inlines into an initializer.
package staticinit

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/initvet/initvet/internal/gotypes"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides which package-level variable initializers need code
// at run time, following cmd/compile/internal/staticinit (Schedule,
// StaticAssign, staticcopy, staticAssignInlinedCall) on go/ast and
// go/types instead of the compiler's IR.
//
// Static (turned into data by the linker): constants, nil, addresses of
// package-level variables and of fields and constant array elements of
// them, composite literals (array, struct, slice, &T{...}) whose elements
// are static, func literals without captures, functions and method
// expressions, conversions that do not change the representation,
// conversions of static concrete values to interfaces, []byte of a
// constant string, copies of a same-package variable whose own initializer
// is a literal (not of string type, and only until an earlier initializer
// may have modified package variables), blank variables whose
// initializer has no side effects, and calls of inlinable functions whose
// body is a single "return expr" that is static once the side-effect-free
// arguments are substituted (errors.New, bytes.NewBuffer, ...).
//
// Dynamic: map literals, new, make, append and other builtins, method
// values, reads of another package's variables, index, slice, deref and
// field reads, arithmetic on non-constants, multi-value initializers,
// calls that are not inlined, and everything in FIPS 140 packages that
// needs a global address.
//
// Approximations, always towards "dynamic" (a predicted task the linker
// then finds empty is spurious; a missing one would be wrong): the
// inliner's cost is estimated by counting syntax nodes (budget 80, or 20
// when the package's initializers exceed 5000 nodes); calls of generic
// and variadic functions and methods that need an implicit & or * of the
// receiver are taken as not inlined; any call that is not inlined by this
// model counts as a possible mutation of package variables.

const (
	inlineMaxBudget         = 80   // cmd/compile/internal/inline
	inlineBigFunctionNodes  = 5000 // callers this big only inline cheap callees
	inlineBigFunctionBudget = 20
	maxInlineDepth          = 16
)

// Funcs maps functions to their declarations, for inlining.
type Funcs map[*types.Func]funcSource

type funcSource struct {
	decl *ast.FuncDecl
	info *types.Info
}

// Add indexes the function declarations of one package.
func (idx Funcs) Add(info *types.Info, files []*ast.File) {
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					idx[fn] = funcSource{fd, info}
				}
			}
		}
	}
}

// env is the context an expression is read in: the types.Info of the
// package that declares it, and the arguments substituted for the
// parameters of an inlined call.
type env struct {
	info  *types.Info
	subst map[*types.Var]argument
	depth int
}

type argument struct {
	expr ast.Expr
	env  *env
}

// staticInit decides, initializer by initializer, which need code.
type staticInit struct {
	pkg          *types.Package
	info         *types.Info
	funcs        Funcs
	inits        map[*types.Var]*types.Initializer
	fips         bool // base.Ctxt.IsFIPS(): global addresses need code
	budget       int
	costs        InlineCosts // functions of other packages, when their syntax is not at hand
	seenMutation bool
	copying      map[*types.Var]bool // variables whose initializers copyVar is following
}

// dynamic returns "" when the initializer in is done statically, and
// otherwise a short reason why it needs code.
func (s *staticInit) dynamic(in *types.Initializer) string {
	e := &env{info: s.info}
	if !s.seenMutation {
		s.seenMutation = s.mayModify(in.Rhs, e)
	}
	if len(in.Lhs) > 1 {
		return "multi-value initializer"
	}
	if in.Lhs[0].Name() == "_" && !sideEffects(in.Rhs, e) {
		return ""
	}
	return s.assign(in.Rhs, e, in.Lhs[0].Type())
}

// assign reports why storing x into a location of type typ needs code,
// or "" when it is static (StaticAssign).
func (s *staticInit) assign(x ast.Expr, e *env, typ types.Type) string {
	x = ast.Unparen(x)
	if id, ok := x.(*ast.Ident); ok {
		if v, ok := e.info.Uses[id].(*types.Var); ok {
			if a, ok := e.subst[v]; ok {
				return s.assign(a.expr, a.env, typ)
			}
		}
	}
	tv := e.info.Types[x]
	if tv.IsNil() {
		return ""
	}
	if typ != nil && types.IsInterface(typ) && tv.Type != nil && !types.IsInterface(tv.Type) {
		return s.convIface(x, e, tv.Type)
	}
	if v := constValue(x, e); v != nil {
		if s.fips && v.Kind() == constant.String {
			return "string constant in FIPS 140 code"
		}
		return ""
	}
	if typ != nil && types.IsInterface(typ) && tv.Type != nil && !types.Identical(typ, tv.Type) {
		return "interface conversion of an interface value"
	}
	switch x := x.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return s.name(x, e, typ)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return s.addr(x.X, e)
		}
	case *ast.CompositeLit:
		return s.compositeLit(x, e)
	case *ast.FuncLit:
		if s.fips {
			return "func literal in FIPS 140 code"
		}
		if captures(x, e) {
			return "func literal captures variables"
		}
		return ""
	case *ast.CallExpr:
		return s.call(x, e, typ)
	case *ast.IndexExpr, *ast.IndexListExpr:
		if funcInstance(x, e.info) {
			if s.fips {
				return "function value in FIPS 140 code"
			}
			return ""
		}
	}
	return describeDynamic(x)
}

// constValue returns the constant value of x, or nil. Inside an inlined
// call it also folds what staticinit.subst folds once the arguments are
// in place: parameters bound to constants, integer conversions of
// constants (truncate) and string concatenations of constants (addStr).
func constValue(x ast.Expr, e *env) constant.Value {
	x = ast.Unparen(x)
	tv := e.info.Types[x]
	if tv.Value != nil || len(e.subst) == 0 {
		return tv.Value
	}
	switch x := x.(type) {
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			if a, ok := e.subst[v]; ok {
				return constValue(a.expr, a.env)
			}
		}
	case *ast.BinaryExpr:
		if x.Op != token.ADD || !isString(tv.Type) {
			return nil
		}
		l, r := constValue(x.X, e), constValue(x.Y, e)
		if l == nil || r == nil {
			return nil
		}
		return constant.BinaryOp(l, token.ADD, r)
	case *ast.CallExpr:
		if !isConversion(x, e.info) || len(x.Args) != 1 || !isInteger(tv.Type) {
			return nil
		}
		if v := constValue(x.Args[0], e); v != nil && isInteger(e.info.Types[x.Args[0]].Type) && substLiteral(x.Args[0], e) {
			return v
		}
	}
	return nil
}

// substLiteral reports whether x is a literal once an inlined call's
// arguments are in place, which is what staticinit.subst folds a
// conversion of (truncate): a constant, a parameter bound to a literal,
// or a conversion subst folds. A conversion between integer types the
// compiler represents alike (int and int64 on a 64-bit target: OCONVNOP,
// typecheck.Convertop) is left as it is, so a conversion of it is not
// folded: uint64(int64(v)) with v bound to 3 needs code, uint64(v) with
// v bound to int64(3) does not.
func substLiteral(x ast.Expr, e *env) bool {
	x = ast.Unparen(x)
	if e.info.Types[x].Value != nil && !isParamOf(x, e) {
		return true
	}
	switch x := x.(type) {
	case *ast.Ident:
		if v, ok := e.info.Uses[x].(*types.Var); ok {
			if a, ok := e.subst[v]; ok {
				return substLiteral(a.expr, a.env)
			}
		}
	case *ast.CallExpr:
		if !isConversion(x, e.info) || len(x.Args) != 1 {
			return false
		}
		from, to := e.info.Types[x.Args[0]].Type, e.info.Types[x].Type
		return !sameRepresentation(from, to) && substLiteral(x.Args[0], e)
	}
	return false
}

// isParamOf reports whether x is a parameter that e substitutes (whose
// type-checked value, if any, is not what the call passes).
func isParamOf(x ast.Expr, e *env) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := e.info.Uses[id].(*types.Var)
	_, bound := e.subst[v]
	return ok && bound
}

// targetSizes are the sizes of the target the packages are built for.
var targetSizes = types.SizesFor("gc", build.Default.GOARCH)

// sameRepresentation reports whether a conversion between integer
// types from and to is an OCONVNOP for the compiler: convNop's cases,
// or the same size and signedness (typecheck.Convertop compares
// types.SimType).
func sameRepresentation(from, to types.Type) bool {
	if convNop(from, to) {
		return true
	}
	fb, ok1 := from.Underlying().(*types.Basic)
	tb, ok2 := to.Underlying().(*types.Basic)
	if !ok1 || !ok2 || targetSizes == nil {
		return false
	}
	return targetSizes.Sizeof(fb) == targetSizes.Sizeof(tb) && fb.Info()&types.IsUnsigned == tb.Info()&types.IsUnsigned
}

// funcInstance reports whether x is an explicit instantiation f[T] of a
// generic function: a function value, static like f itself.
func funcInstance(x ast.Expr, info *types.Info) bool {
	var fun ast.Expr
	switch x := x.(type) {
	case *ast.IndexExpr:
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	id := identOf(fun)
	if id == nil {
		return false
	}
	_, isFunc := info.Uses[id].(*types.Func)
	_, instance := info.Instances[id]
	return isFunc && instance
}

// convIface handles the conversion of a concrete value of type t to an
// interface (OCONVIFACE): static when the value is.
func (s *staticInit) convIface(x ast.Expr, e *env, t types.Type) string {
	if s.fips {
		return "interface conversion in FIPS 140 code"
	}
	if hasTypeParam(t) {
		return "interface conversion of a value whose type has a type parameter"
	}
	return s.assign(x, e, t)
}

// name handles identifiers and selectors: functions, method expressions,
// variables, field reads and method values.
func (s *staticInit) name(x ast.Expr, e *env, typ types.Type) string {
	if sel, ok := x.(*ast.SelectorExpr); ok {
		if selection := e.info.Selections[sel]; selection != nil {
			switch selection.Kind() {
			case types.MethodExpr:
				if s.fips {
					return "method expression in FIPS 140 code"
				}
				return ""
			case types.MethodVal:
				return "method value " + sel.Sel.Name
			default:
				return "reads field " + sel.Sel.Name
			}
		}
		x = sel.Sel
	}
	switch obj := e.info.Uses[x.(*ast.Ident)].(type) {
	case *types.Func:
		if s.fips {
			return "function value in FIPS 140 code"
		}
		return ""
	case *types.Var:
		if s.fips {
			return "reads variable in FIPS 140 code"
		}
		return s.copyVar(obj, typ)
	}
	return "reads " + types.ExprString(x)
}

// copyVar follows staticcopy: reading the value of package variable v.
func (s *staticInit) copyVar(v *types.Var, typ types.Type) string {
	why := "reads variable " + gotypes.VarName(v)
	if v.Pkg() != s.pkg || v.Parent() != s.pkg.Scope() {
		return why
	}
	in := s.inits[v]
	if in == nil || len(in.Lhs) != 1 || isString(v.Type()) || s.seenMutation || s.copying[v] {
		return why // the last case is an initialization cycle: a type error
	}
	if s.copying == nil {
		s.copying = map[*types.Var]bool{}
	}
	s.copying[v] = true
	defer delete(s.copying, v)
	info := s.info
	r := stripNopConversions(ast.Unparen(in.Rhs), info, typ)
	if tv := info.Types[r]; types.IsInterface(v.Type()) && !tv.IsNil() && tv.Type != nil && !types.IsInterface(tv.Type) {
		// The initializer converts a concrete value to the variable's
		// interface type (OCONVIFACE), which staticcopy does not copy.
		return why
	}
	if tv := info.Types[r]; tv.Value != nil || tv.IsNil() {
		return ""
	}
	return s.copyValue(r, info, typ, why)
}

// stripNopConversions removes from an initializer the conversions to
// other types than typ that keep the representation, as staticcopy
// does.
func stripNopConversions(r ast.Expr, info *types.Info, typ types.Type) ast.Expr {
	for {
		c, ok := r.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 || !isConversion(c, info) {
			return r
		}
		to := info.Types[c].Type
		from := info.Types[c.Args[0]].Type
		// T(nil) is an OCONVNOP of a nil, which staticcopy strips like
		// the other representation-preserving conversions.
		if !convNop(from, to) && !info.Types[c.Args[0]].IsNil() || types.Identical(to, typ) {
			return r
		}
		r = ast.Unparen(c.Args[0])
	}
}

// copyValue decides whether staticcopy copies an initializer's value,
// not a constant or nil, into a variable of type typ: "" when it does,
// else why.
func (s *staticInit) copyValue(r ast.Expr, info *types.Info, typ types.Type, why string) string {
	switch r := r.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		if funcInstance(r, info) {
			return ""
		}
	case *ast.Ident, *ast.SelectorExpr:
		if sel, ok := r.(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
			if info.Selections[sel].Kind() == types.MethodExpr {
				return ""
			}
			return why
		}
		return s.copyName(r, info, typ, why)
	case *ast.UnaryExpr:
		if r.Op != token.AND {
			return why
		}
		if _, ok := ast.Unparen(r.X).(*ast.CompositeLit); ok {
			return ""
		}
		if id := identOf(r.X); id != nil {
			if w, ok := info.Uses[id].(*types.Var); ok && isPackageVar(w) {
				return ""
			}
		}
	case *ast.CallExpr:
		// []rune(constant) is a slice literal (typecheck.stringtoruneslit):
		// staticcopy copies it like one.
		if isConstantRunes(r, info) {
			return ""
		}
	case *ast.CompositeLit:
		switch under(info.Types[r].Type).(type) {
		case *types.Slice:
			return ""
		case *types.Array, *types.Struct:
			if s.copyElems(r, info) {
				return ""
			}
		}
	}
	return why
}

// copyName copies a name found in another variable's initializer.
func (s *staticInit) copyName(x ast.Expr, info *types.Info, typ types.Type, why string) string {
	id := identOf(x)
	switch obj := info.Uses[id].(type) {
	case *types.Func:
		return ""
	case *types.Var:
		return s.copyVar(obj, typ)
	}
	return why
}

// copyElems reports whether copying an array or struct literal needs no
// code: every element is a constant, nil or a name that copies statically.
func (s *staticInit) copyElems(lit *ast.CompositeLit, info *types.Info) bool {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		elt = ast.Unparen(elt)
		tv := info.Types[elt]
		switch x := elt.(type) {
		case *ast.CompositeLit:
			switch under(tv.Type).(type) {
			case *types.Array, *types.Struct:
				if !s.copyElems(x, info) {
					return false
				}
				continue
			}
		case *ast.Ident, *ast.SelectorExpr:
			if tv.Value == nil && !tv.IsNil() && s.copyName(x, info, tv.Type, "x") != "" {
				return false
			}
			continue
		}
		if tv.Value == nil && !tv.IsNil() {
			return false
		}
	}
	return true
}

// addr handles &x: addresses of static locations and of composite literals.
func (s *staticInit) addr(x ast.Expr, e *env) string {
	if s.fips {
		return "address in FIPS 140 code"
	}
	x = ast.Unparen(x)
	if lit, ok := x.(*ast.CompositeLit); ok {
		return s.assign(lit, e, e.info.Types[lit].Type)
	}
	if staticLoc(x, e) {
		return ""
	}
	return "address of " + types.ExprString(x)
}

// staticLoc reports whether x denotes a location with a link-time address.
func staticLoc(x ast.Expr, e *env) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := e.info.Uses[x].(*types.Var)
		return ok && isPackageVar(v)
	case *ast.SelectorExpr:
		sel := e.info.Selections[x]
		if sel == nil {
			return staticLoc(x.Sel, e)
		}
		if sel.Kind() != types.FieldVal || sel.Indirect() || gotypes.IsPointer(e.info.Types[x.X].Type) {
			return false
		}
		return staticLoc(x.X, e)
	case *ast.IndexExpr:
		if _, ok := under(e.info.Types[x.X].Type).(*types.Array); !ok {
			return false
		}
		if e.info.Types[x.Index].Value == nil {
			return false
		}
		return staticLoc(x.X, e)
	}
	return false
}

// compositeLit handles array, slice, struct and map literals.
func (s *staticInit) compositeLit(lit *ast.CompositeLit, e *env) string {
	t := e.info.Types[lit].Type
	if ptr, ok := under(t).(*types.Pointer); ok {
		// An element literal with the & elided: &T{...} (OPTRLIT).
		if s.fips {
			return "address in FIPS 140 code"
		}
		t = ptr.Elem()
	}
	var elemType func(i int, kv *ast.KeyValueExpr) types.Type
	switch u := under(t).(type) {
	case *types.Map:
		return "map literal"
	case *types.Slice:
		if s.fips {
			return "slice literal in FIPS 140 code"
		}
		elemType = func(int, *ast.KeyValueExpr) types.Type { return u.Elem() }
	case *types.Array:
		elemType = func(int, *ast.KeyValueExpr) types.Type { return u.Elem() }
	case *types.Struct:
		elemType = func(i int, kv *ast.KeyValueExpr) types.Type {
			if kv != nil {
				if f, ok := e.info.Uses[kv.Key.(*ast.Ident)].(*types.Var); ok {
					return f.Type()
				}
			}
			if i < u.NumFields() {
				return u.Field(i).Type()
			}
			return nil
		}
	default:
		return "composite literal of " + types.TypeString(t, nil)
	}
	for i, elt := range lit.Elts {
		kv, _ := elt.(*ast.KeyValueExpr)
		if kv != nil {
			elt = kv.Value
		}
		if why := s.assign(elt, e, elemType(i, kv)); why != "" {
			return why
		}
	}
	return ""
}

// call handles conversions, builtins and function calls.
func (s *staticInit) call(c *ast.CallExpr, e *env, typ types.Type) string {
	if isConversion(c, e.info) {
		if len(c.Args) != 1 {
			return "conversion"
		}
		to := e.info.Types[c].Type
		from := e.info.Types[c.Args[0]].Type
		switch {
		case to == nil || from == nil:
			return "conversion" // ill-typed
		case e.info.Types[c.Args[0]].IsNil() && !types.IsInterface(to):
			return "" // T(nil): an OCONVNOP of a nil, which StaticAssign strips
		case isConstantRunes(c, e.info):
			// typecheck.tcConv rewrites []rune("…") into a slice literal
			// of the runes (stringtoruneslit), laid out statically.
			if s.fips {
				return "slice literal in FIPS 140 code"
			}
			return ""
		case types.IsInterface(to):
			if types.IsInterface(from) {
				return "interface conversion of an interface value"
			}
			return s.convIface(c.Args[0], e, from)
		case isBytes(to) && isString(from):
			if e.info.Types[c.Args[0]].Value != nil && !s.fips {
				return ""
			}
			return "conversion of a string to " + types.TypeString(to, nil)
		case convNop(from, to):
			return s.assign(c.Args[0], e, typ)
		}
		return "conversion to " + types.TypeString(to, nil)
	}
	if id := identOf(c.Fun); id != nil {
		if b, ok := e.info.Uses[id].(*types.Builtin); ok {
			return "call of " + b.Name()
		}
	}
	return s.inline(c, e)
}

// inline handles a call the compiler inlines into the package
// initializer: static when the callee's single returned expression is
// static with the arguments substituted (staticAssignInlinedCall).
func (s *staticInit) inline(c *ast.CallExpr, e *env) string {
	if s.otherPackageConstantCall(c, e) {
		return ""
	}
	src, sig, args, why := s.inlinable(c, e)
	if why != "" {
		return why
	}
	if s.fips {
		return "inlined call in FIPS 140 code"
	}
	return s.inlineBody(src, sig, args, calleeName(c, e), e.depth)
}

// inlineBody reports why the single returned expression of src, with
// args substituted for its parameters, needs code, or "" when it is
// static.
func (s *staticInit) inlineBody(src funcSource, sig *types.Signature, args []argument, name string, depth int) string {
	ret := src.decl.Body.List[0].(*ast.ReturnStmt).Results[0]
	params := paramVars(src.decl, src.info)
	for _, a := range args {
		if sideEffects(a.expr, a.env) {
			return "call of " + name + " with side effects in its arguments"
		}
	}
	uses := map[*types.Var]int{}
	closure := false
	ast.Inspect(ret, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := src.info.Uses[n].(*types.Var); ok {
				uses[v]++
			}
		case *ast.FuncLit:
			closure = closure || captures(n, &env{info: src.info}) || mentionsTypeParam(n, src.info)
		}
		return true
	})
	if closure {
		return "call of " + name + " returns a closure"
	}
	subst := map[*types.Var]argument{}
	for i, p := range params {
		if uses[p] > 1 && !canRepeat(args[i].expr, args[i].env) {
			return "call of " + name + " repeats an argument"
		}
		subst[p] = args[i]
	}
	if addressTaken(src.decl.Body, src.info, subst) {
		return "call of " + name + " takes a parameter's address"
	}
	inner := &env{info: src.info, subst: subst, depth: depth + 1}
	if why := s.assign(ret, inner, sig.Results().At(0).Type()); why != "" {
		return "call of " + name + ": " + why
	}
	return ""
}

// inlinable finds the declaration of a statically called function the
// inliner inlines, with a single "return expr" body, its signature and
// the call's arguments (receiver first). why is non-empty when the call
// is not inlined as a single expression.
func (s *staticInit) inlinable(c *ast.CallExpr, e *env) (src funcSource, sig *types.Signature, args []argument, why string) {
	name := calleeName(c, e)
	if lit, ok := ast.Unparen(c.Fun).(*ast.FuncLit); ok {
		return s.literalCall(lit, c, e)
	}
	fn := typeutil.StaticCallee(e.info, c)
	if fn == nil {
		return src, nil, nil, "call of " + name
	}
	fn = fn.Origin()
	sig = fn.Signature()
	// A generic function's shaped instantiation is inlined like any
	// function (noder/reader.go); what its body makes of a type
	// parameter and converts to an interface needs code (convIface).
	// Methods of generic types are not followed.
	if e.depth >= maxInlineDepth || sig.RecvTypeParams().Len() > 0 ||
		sig.Variadic() || c.Ellipsis.IsValid() || !delayableResult(sig) {
		return src, nil, nil, "call of " + name
	}
	src, ok := s.funcs[fn]
	if !ok || noInline(src.decl) || len(src.decl.Body.List) != 1 {
		return src, nil, nil, "call of " + name
	}
	ret, ok := src.decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || nodeCount(ret)+1 > s.budget {
		return src, nil, nil, "call of " + name
	}
	if recv := sig.Recv(); recv != nil {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		selection := e.info.Selections[sel]
		if !ok || selection == nil || selection.Kind() != types.MethodVal || selection.Indirect() ||
			gotypes.IsPointer(recv.Type()) != gotypes.IsPointer(e.info.Types[sel.X].Type) {
			return src, nil, nil, "call of " + name
		}
		args = append(args, argument{sel.X, e})
	}
	for _, a := range c.Args {
		args = append(args, argument{a, e})
	}
	if len(args) != len(paramVars(src.decl, src.info)) {
		return src, nil, nil, "call of " + name
	}
	return src, sig, args, ""
}

// closureOnceBudget is the inliner's budget for a function literal that
// is called where it is written, once (inline.inlineBudget: max(budget,
// 800)).
const closureOnceBudget = 800

// literalCall is inlinable for a function literal called where a
// package-level initializer writes it (func() F { return F{…} }()): the
// inliner inlines such a closure (inline.inlCallee, OCLOSURE) with a
// larger budget. A literal inside an inlined body may capture the
// body's parameters and is not followed.
func (s *staticInit) literalCall(lit *ast.FuncLit, c *ast.CallExpr, e *env) (src funcSource, sig *types.Signature, args []argument, why string) {
	why = "call of " + calleeName(c, e)
	sig, ok := e.info.Types[lit].Type.(*types.Signature)
	if !ok || e.depth > 0 || sig.Variadic() || c.Ellipsis.IsValid() || !delayableResult(sig) || len(lit.Body.List) != 1 {
		return src, nil, nil, why
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || nodeCount(ret)+1 > closureOnceBudget {
		return src, nil, nil, why
	}
	src = funcSource{decl: &ast.FuncDecl{Type: lit.Type, Body: lit.Body}, info: e.info}
	for _, a := range c.Args {
		args = append(args, argument{a, e})
	}
	if len(args) != len(paramVars(src.decl, src.info)) {
		return src, nil, nil, why
	}
	return src, sig, args, ""
}

// delayableResult reports whether an inlined call of a function with
// signature sig can stand for its single result (inline.canDelayResults):
// one result, not named. A named result is declared and assigned in the
// inlined body, which staticAssignInlinedCall does not lay out.
func delayableResult(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	name := sig.Results().At(0).Name()
	return name == "" || name == "_"
}

// sideEffects follows staticinit.AnySideEffects.
func sideEffects(x ast.Expr, e *env) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if tv := e.info.Types[x]; tv.Value != nil || tv.IsType() {
			return false
		}
		switch x := x.(type) {
		case *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr:
		case *ast.SelectorExpr:
			if sel := e.info.Selections[x]; sel != nil {
				if sel.Kind() == types.MethodVal || sel.Indirect() || gotypes.IsPointer(e.info.Types[x.X].Type) {
					found = true
				}
			}
		case *ast.UnaryExpr:
			found = x.Op == token.ARROW
		case *ast.BinaryExpr:
			if x.Op == token.QUO || x.Op == token.REM {
				v := e.info.Types[x.Y].Value
				found = v == nil || constant.Sign(v) == 0
			}
		case *ast.CallExpr:
			found = !pureCall(x, e.info)
		case *ast.IndexExpr, *ast.IndexListExpr:
			found = !funcInstance(x, e.info)
			return false
		default:
			found = true // index, slice, deref, type assertion, closure, ...
		}
		return !found
	})
	return found
}

// pureCall reports whether a call is a conversion or a builtin that
// AnySideEffects does not count as a side effect.
func pureCall(c *ast.CallExpr, info *types.Info) bool {
	if isConversion(c, info) {
		return true
	}
	id := identOf(c.Fun)
	if id == nil {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "len", "cap", "new", "real", "imag", "complex":
		return true
	case "make":
		if _, ok := under(info.Types[c].Type).(*types.Slice); ok {
			return false
		}
		return len(c.Args) < 2 || isZeroConst(info.Types[c.Args[1]].Value)
	}
	return false
}

// canRepeat follows staticinit.canRepeat: evaluating x twice is the same
// as evaluating it once.
func canRepeat(x ast.Expr, e *env) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if _, isArray := under(e.info.Types[n].Type).(*types.Array); !isArray {
				if _, isStruct := under(e.info.Types[n].Type).(*types.Struct); !isStruct {
					ok = false
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if _, lit := ast.Unparen(n.X).(*ast.CompositeLit); lit {
					ok = false
				}
			}
		case *ast.CallExpr:
			if id := identOf(n.Fun); id != nil {
				if _, builtin := e.info.Uses[id].(*types.Builtin); builtin {
					ok = false
				}
			}
			if isConversion(n, e.info) && len(n.Args) == 1 {
				to, from := e.info.Types[n].Type, e.info.Types[n.Args[0]].Type
				if (isBytes(to) || isRunes(to)) && isString(from) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok && !sideEffects(x, e)
}

// mayModify follows staticinit.mayModifyPkgVar, counting every call that
// this model does not inline, and append, clear and copy.
func (s *staticInit) mayModify(x ast.Expr, e *env) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if isConversion(n, e.info) {
				return true
			}
			if id := identOf(n.Fun); id != nil {
				if b, ok := e.info.Uses[id].(*types.Builtin); ok {
					switch b.Name() {
					case "append", "clear", "copy":
						found = true
					}
					return !found
				}
			}
			src, _, args, why := s.inlinable(n, e)
			if why != "" {
				found = true
				return false
			}
			ret := src.decl.Body.List[0].(*ast.ReturnStmt).Results[0]
			found = s.mayModify(ret, &env{info: src.info, depth: e.depth + 1})
			for _, a := range args {
				found = found || s.mayModify(a.expr, a.env)
			}
			return false
		}
		return true
	})
	return found
}

// describeDynamic names the kind of a dynamic expression.
func describeDynamic(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return "index expression"
	case *ast.SliceExpr:
		return "slice expression"
	case *ast.StarExpr:
		return "pointer dereference"
	case *ast.TypeAssertExpr:
		return "type assertion"
	case *ast.UnaryExpr:
		return "operator " + x.Op.String()
	case *ast.BinaryExpr:
		return "operator " + x.Op.String()
	}
	return "expression " + types.ExprString(x)
}

// captures reports whether a func literal refers to variables declared
// neither at package level nor inside itself.
func captures(fl *ast.FuncLit, e *env) bool {
	found := false
	ast.Inspect(fl.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, ok := e.info.Uses[id].(*types.Var)
		if ok && !v.IsField() && !isPackageVar(v) && (v.Pos() < fl.Pos() || v.Pos() >= fl.End()) {
			found = true
		}
		return !found
	})
	return found
}

// addressTaken reports whether the body takes the address of a parameter.
func addressTaken(body *ast.BlockStmt, info *types.Info, params map[*types.Var]argument) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id := identOf(u.X); id != nil {
				if v, ok := info.Uses[id].(*types.Var); ok {
					_, isParam := params[v]
					found = found || isParam
				}
			}
		}
		return !found
	})
	return found
}

// noInline reports whether a //go: directive keeps the inliner away.
func noInline(fd *ast.FuncDecl) bool {
	if fd.Doc == nil {
		return false
	}
	for _, c := range fd.Doc.List {
		switch strings.TrimSpace(c.Text) {
		case "//go:noinline", "//go:nocheckptr", "//go:cgo_unsafe_args", "//go:uintptrkeepalive",
			"//go:uintptrescapes", "//go:yeswritebarrierrec":
			return true
		}
	}
	return false
}

// paramVars returns the receiver and parameters of a declaration, in order.
func paramVars(fd *ast.FuncDecl, info *types.Info) []*types.Var {
	var vars []*types.Var
	add := func(fields *ast.FieldList) {
		if fields == nil {
			return
		}
		for _, f := range fields.List {
			if len(f.Names) == 0 {
				vars = append(vars, nil)
			}
			for _, n := range f.Names {
				v, _ := info.Defs[n].(*types.Var)
				vars = append(vars, v)
			}
		}
	}
	add(fd.Recv)
	add(fd.Type.Params)
	return vars
}

// nodeCount estimates the inliner's cost of a node by counting syntax nodes.
func nodeCount(n ast.Node) int {
	count := 0
	ast.Inspect(n, func(n ast.Node) bool {
		if n != nil {
			count++
		}
		return true
	})
	return count
}

func calleeName(c *ast.CallExpr, e *env) string {
	if fn := typeutil.StaticCallee(e.info, c); fn != nil {
		if fn.Pkg() != nil {
			return fn.Pkg().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return types.ExprString(c.Fun)
}

func isConversion(c *ast.CallExpr, info *types.Info) bool {
	tv, ok := info.Types[c.Fun]
	return ok && tv.IsType()
}

// convNop reports whether converting from one type to the other keeps
// the representation (the compiler's OCONVNOP).
func convNop(from, to types.Type) bool {
	if from == nil || to == nil {
		return false
	}
	if types.Identical(from.Underlying(), to.Underlying()) {
		return true
	}
	fp, ok1 := from.Underlying().(*types.Pointer)
	tp, ok2 := to.Underlying().(*types.Pointer)
	if ok1 && ok2 {
		return types.Identical(fp.Elem().Underlying(), tp.Elem().Underlying())
	}
	return isUnsafePointerConv(from, to) || isUnsafePointerConv(to, from)
}

func isUnsafePointerConv(a, b types.Type) bool {
	basic, ok := a.Underlying().(*types.Basic)
	if !ok || basic.Kind() != types.UnsafePointer {
		return false
	}
	_, ptr := b.Underlying().(*types.Pointer)
	return ptr
}

func identOf(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

func isPackageVar(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

func isString(t types.Type) bool {
	b, ok := under(t).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isInteger(t types.Type) bool {
	b, ok := under(t).(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isBytes(t types.Type) bool { return isSliceOf(t, types.Byte) }
func isRunes(t types.Type) bool { return isSliceOf(t, types.Rune) }

// isConstantRunes reports whether c converts a constant string to a
// slice of runes.
func isConstantRunes(c *ast.CallExpr, info *types.Info) bool {
	return isConversion(c, info) && len(c.Args) == 1 && isRunes(info.Types[c].Type) &&
		isString(info.Types[c.Args[0]].Type) && info.Types[c.Args[0]].Value != nil
}
func isZeroConst(v constant.Value) bool {
	return v != nil && v.Kind() == constant.Int && constant.Sign(v) == 0
}

func isSliceOf(t types.Type, kind types.BasicKind) bool {
	s, ok := under(t).(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == kind
}

// mentionsTypeParam reports whether a function literal uses a type
// parameter of the generic function around it: in the shaped
// instantiation it reads the function's dictionary, a parameter, so it
// captures (new(T) in opa's util.NewSyncPool[T]).
func mentionsTypeParam(lit *ast.FuncLit, info *types.Info) bool {
	found := false
	ast.Inspect(lit, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found {
			if tv, ok := info.Types[x]; ok && tv.Type != nil && hasTypeParam(tv.Type) {
				found = true
			}
		}
		return !found
	})
	return found
}

// hasTypeParam reports whether t mentions a type parameter: in a generic
// body inlined into an initializer it is a shape type (types.HasShape).
func hasTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for a := range t.TypeArgs().Types() {
			if hasTypeParam(a) {
				return true
			}
		}
	case *types.Pointer:
		return hasTypeParam(t.Elem())
	case *types.Slice:
		return hasTypeParam(t.Elem())
	case *types.Array:
		return hasTypeParam(t.Elem())
	case *types.Chan:
		return hasTypeParam(t.Elem())
	case *types.Map:
		return hasTypeParam(t.Key()) || hasTypeParam(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			if hasTypeParam(f.Type()) {
				return true
			}
		}
	case *types.Signature:
		return hasTypeParam(t.Params()) || hasTypeParam(t.Results())
	case *types.Tuple:
		for v := range t.Variables() {
			if hasTypeParam(v.Type()) {
				return true
			}
		}
	}
	return false
}
