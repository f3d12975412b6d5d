package resultkeys_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/resultkeys"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

const src = `package p

import (
	"sort"
	"sync"
)

var a, b, c = map[string]bool{}, map[string]bool{}, map[string]bool{}

var sink []string

func noop(s []string) {}

func setSink(s []string) { sink = s }

func list() map[string][]string {
	p := make(map[string][]string)
	for name := range a {
		p["a"] = append(p["a"], name)
	}
	var bs []string
	for name := range b {
		bs = append(bs, name+".")
	}
	sort.Strings(bs)
	for _, name := range bs {
		p["b"] = append(p["b"], name)
	}
	if len(c) > 1 {
		p["c"] = nil
	}
	return p
}

func leaks() map[string][]string {
	p := make(map[string][]string)
	var names []string
	for name := range a {
		names = append(names, name)
	}
	setSink(names)
	p["a"] = names
	return p
}

func branches() map[string]int {
	p := make(map[string]int)
	if len(a) > 0 {
		panic("a")
	}
	p["x"] = 1
	return p
}

func keyed() map[string]int {
	p := make(map[string]int)
	for name := range a {
		p[name] = 1
	}
	return p
}

func twoMaps() map[string]int {
	if len(a) > 0 {
		return map[string]int{}
	}
	return nil
}

var hooks sync.Map

var names []string

func sortsGlobal() map[string][]string {
	p := make(map[string][]string)
	ns := names
	sort.Strings(ns)
	p["n"] = ns
	return p
}

func appendsGlobal() map[string][]string {
	p := make(map[string][]string)
	for name := range a {
		p["n"] = append(names[:0], name)
	}
	return p
}

type box struct{ s []string }

func fillBox(b box, s string) { b.s[0] = s }

func viaStruct() map[string][]string {
	p := make(map[string][]string)
	for name := range a {
		fillBox(box{s: names}, name)
	}
	p["a"] = nil
	return p
}

func divides() map[string]int {
	p := make(map[string]int)
	p["n"] = 10 / len(a)
	return p
}

func captured() map[string][]string {
	p := make(map[string][]string)
	hooks.Range(func(k, _ any) bool {
		p["hooks"] = append(p["hooks"], k.(string))
		return true
	})
	for name := range a {
		p["a"] = append(p["a"], name)
	}
	return p
}

func reassigned() map[string][]string {
	p := make(map[string][]string)
	hooks.Range(func(k, _ any) bool {
		p = nil
		return true
	})
	for name := range a {
		p["a"] = append(p["a"], name)
	}
	return p
}

func dead() map[string]int {
	p := make(map[string]int)
	n := len(a)
	_ = n
	p["x"] = 1
	return p
}
`

// reads returns the loads of package variables in fn, by variable name.
func reads(fn *ssa.Function) map[string][]ssa.Value {
	out := map[string][]ssa.Value{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL {
				if g, ok := u.X.(*ssa.Global); ok {
					out[g.Name()] = append(out[g.Name()], u)
				}
			}
		}
	}
	return out
}

func TestInfluenced(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("p", "p"), []*ast.File{f}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	// sort.Strings, noop and fillBox write no package variable; setSink
	// does.
	pure := func(c *ssa.CallCommon) bool {
		name := c.StaticCallee().Name()
		return c.StaticCallee().String() == "sort.Strings" || name == "noop" || name == "fillBox"
	}
	for _, c := range []struct {
		fn, v string
		want  string // keys, or "-" when the value may go anywhere
	}{
		{"list", "a", "a"},
		{"list", "b", "b"},
		{"list", "c", "c"},
		{"leaks", "a", "-"},
		{"branches", "a", "-"},
		{"keyed", "a", "-"},
		{"dead", "a", ""},
		{"captured", "a", "a"},
		{"sortsGlobal", "names", "-"},
		{"appendsGlobal", "a", "-"},
		{"divides", "a", "-"},
		{"viaStruct", "a", "-"},
	} {
		fn := pkg.Func(c.fn)
		m := resultkeys.ResultMap(fn)
		if m == nil {
			t.Fatalf("%s: no result map", c.fn)
		}
		for _, v := range reads(fn)[c.v] {
			keys, ok := resultkeys.Influenced(m, v, pure)
			got := strings.Join(keys, ",")
			if !ok {
				got = "-"
			}
			if got != c.want {
				t.Errorf("%s: read of %s at %v influences %q, want %q", c.fn, c.v, fset.Position(v.Pos()), got, c.want)
			}
		}
	}
	for _, name := range []string{"twoMaps", "reassigned"} {
		if resultkeys.ResultMap(pkg.Func(name)) != nil {
			t.Errorf("%s may return another map, but ResultMap found one", name)
		}
	}
}
