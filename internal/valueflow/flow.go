// Package valueflow follows func values and the types made into
// interface values in SSA form, as far as resolving dynamic calls needs:
// the shape of a call or value, where a called value comes from, and
// where a made value goes.
//
// Where values flow, as far as dynamic calls need it. A dynamic call
// records the source of the value it calls: a package variable, a struct
// field, a parameter of its function (or an element of one), or nothing
// known. A value records its sinks: the package variables and fields it
// is stored into, and "any" when it is passed to a call or returned,
// which may store it anywhere. A call whose value is a parameter is
// resolved by the function's callers with the values they pass.
package valueflow

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// ShapeQualifier writes package paths, so that shapes are the same in
// every package.
func ShapeQualifier(p *types.Package) string { return p.Path() }

// sigShape writes a signature's parameter and result types.
func sigShape(sig *types.Signature) string {
	var b strings.Builder
	tuple := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := range t.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
				typ = typ.(*types.Slice).Elem()
			}
			b.WriteString(types.TypeString(typ, ShapeQualifier))
		}
		b.WriteByte(')')
	}
	tuple(sig.Params(), sig.Variadic())
	tuple(sig.Results(), false)
	return b.String()
}

// FuncShape is the shape of a call of a func value.
func FuncShape(sig *types.Signature) string { return "func" + sigShape(sig) }

// MethodShape is the shape of a call of method m through an interface:
// its name (with its package when unexported) and signature.
func MethodShape(m *types.Func) string {
	name := m.Name()
	if !m.Exported() && m.Pkg() != nil {
		name = m.Pkg().Path() + "." + name
	}
	return name + sigShape(m.Signature())
}

// Target names a callee as values name what they call: a method by its
// declared method, any other function by itself.
func Target(fn *ssa.Function, method bool) string {
	if method {
		if obj := ssavalue.FuncObject(fn); obj != nil {
			return obj.FullName()
		}
	}
	return fn.String()
}

// UseSinks returns where a function used as an operand of instr goes.
func UseSinks(instr ssa.Instruction) []string {
	switch instr := instr.(type) {
	case *ssa.Store:
		if g, _, _ := ssavalue.Root(instr.Addr); g != nil {
			return []string{globalSink(g)}
		}
		if fa, ok := instr.Addr.(*ssa.FieldAddr); ok {
			return []string{fieldSink(fa.X.Type(), fa.Field)}
		}
	case *ssa.MakeInterface:
		return Sinks(instr)
	}
	return []string{"any"}
}

// maxFlow bounds how far sources and sinks are followed.
const maxFlow = 8

// Source returns where the value v, called in fn, comes from.
func Source(v ssa.Value, fn *ssa.Function) string {
	for range maxFlow {
		switch x := v.(type) {
		case *ssa.Parameter:
			for i, p := range fn.Params {
				if p == x {
					return "param:" + strconv.Itoa(i)
				}
			}
			return ""
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return ""
			}
			switch a := x.X.(type) {
			case *ssa.Global:
				return globalSink(a)
			case *ssa.FieldAddr:
				if f := fieldSink(a.X.Type(), a.Field); f != "" {
					return f
				}
				if g := ssavalue.DirectGlobal(a); g != nil {
					return globalSink(g)
				}
				return ""
			case *ssa.IndexAddr:
				v = a.X
			default:
				return ""
			}
		case *ssa.Field:
			return fieldSink(x.X.Type(), x.Field)
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.Next:
			v = x.Iter
		case *ssa.Range:
			v = x.X
		case *ssa.Lookup:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Slice:
			v = x.X
		default:
			return ""
		}
	}
	return ""
}

// globalSink names a package variable as a source or sink.
func globalSink(g *ssa.Global) string {
	if v := ssavalue.Variable(g); v != nil {
		return "global:" + v.Pkg().Path() + "." + v.Name()
	}
	return ""
}

// fieldSink names field i of the struct type t (or that t points to).
func fieldSink(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	return "field:" + named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + st.Field(i).Name()
}

// Sinks returns where a value made by v goes.
func Sinks(v ssa.Value) []string {
	seen := map[ssa.Value]bool{}
	var out []string
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		if s != "" {
			out = append(out, s)
		}
	}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if depth > maxFlow || seen[v] || v.Referrers() == nil {
			return
		}
		seen[v] = true
		for _, r := range *v.Referrers() {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Val != v {
					continue
				}
				if g := ssavalue.DirectGlobal(r.Addr); g != nil {
					add(globalSink(g))
				} else if g, _, _ := ssavalue.Root(r.Addr); g != nil {
					add(globalSink(g))
				}
				switch a := r.Addr.(type) {
				case *ssa.FieldAddr:
					add(fieldSink(a.X.Type(), a.Field))
					if alloc := ssavalue.LocalAlloc(a.X); alloc != nil {
						walk(alloc, depth+1)
					}
				case *ssa.IndexAddr:
					if alloc := ssavalue.LocalAlloc(a); alloc != nil {
						walk(alloc, depth+1)
					}
				}
			case *ssa.MapUpdate:
				if r.Value == v {
					if g, _, _ := ssavalue.Root(r.Map); g != nil {
						add(globalSink(g))
					} else {
						add("any")
					}
				}
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Slice, *ssa.Phi:
				walk(r.(ssa.Value), depth+1)
			case ssa.CallInstruction:
				c := r.Common()
				if c.Value == v && !c.IsInvoke() {
					continue // called here
				}
				if b, ok := c.Value.(*ssa.Builtin); ok && b.Name() == "append" {
					if call, ok := r.(*ssa.Call); ok {
						walk(call, depth+1)
					}
					continue
				}
				add("any")
			case *ssa.Return, *ssa.Send, *ssa.MakeClosure:
				add("any")
			}
		}
	}
	walk(v, 0)
	return out
}

// ValuesIn returns the values an argument passes, by what they are (a
// function, a type): itself when it is made right there, or those
// stored into the elements and fields of a local array or struct it
// points into (a variadic argument, a slice or struct literal).
func ValuesIn(arg ssa.Value) []string {
	if id := madeValue(arg); id != "" {
		return []string{id}
	}
	if sl, ok := arg.(*ssa.Slice); ok {
		arg = sl.X
	}
	alloc, ok := arg.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []string
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if depth > 3 || v.Referrers() == nil {
			return
		}
		for _, r := range *v.Referrers() {
			switch r := r.(type) {
			case *ssa.IndexAddr, *ssa.FieldAddr:
				walk(r.(ssa.Value), depth+1)
			case *ssa.Store:
				if id := madeValue(r.Val); r.Addr == v && id != "" {
					out = append(out, id)
				}
			}
		}
	}
	walk(alloc, 0)
	return out
}

// madeValue names the value v makes: a function, or the concrete type
// it converts to an interface; "" when v makes none.
func madeValue(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.Function:
		return v.String()
	case *ssa.MakeClosure:
		return v.Fn.(*ssa.Function).String()
	case *ssa.MakeInterface:
		if !types.IsInterface(v.X.Type()) {
			return types.TypeString(v.X.Type(), ShapeQualifier)
		}
	}
	return ""
}
