package summary

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

// TestSSAInfo checks which initializers the SSA form leaves out: those
// of plain data made of constants, and none that calls, converts to an
// interface, refers to code or state, or holds bytes the model reads.
func TestSSAInfo(t *testing.T) {
	const src = `package p

import "time"

type point struct{ X, Y int }

type shape interface{ Area() int }

func (p point) Area() int { return p.X * p.Y }

const two = 2

var (
	ranges   = [][3]int{{0x41, 0x5a, 1}, {0x61, 0x7a, two}}
	names    = map[string]point{"origin": {}, "unit": {X: 1, Y: 1}}
	fixed    = [...]string{2: "b", 0: "a"}
	timeouts = []time.Duration{time.Second, 2 * time.Minute}
	empty    = map[string]int{}

	raw      = []byte{0x0a, 0x04}
	area     shape = point{1, 2}
	handlers = []func(){func() {}}
	boxed    = []any{1, "a"}
	ptrs     = []*point{{1, 2}}
	counted  = map[string]int{"n": len(names)}
	nested   = [][]int{nil}
	_        = []int{1}
	a, b     = [1]int{1}, [1]int{2}
)
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, v := range plainDataVars(info) {
		left = append(left, v.Name())
	}
	if want := []string{"ranges", "names", "fixed", "timeouts", "empty", "a", "b"}; !slices.Equal(left, want) {
		t.Errorf("plain data initializers: %v, want %v", left, want)
	}
	ssa := SSAInfo(info)
	if ssa == info || len(ssa.InitOrder) != len(info.InitOrder)-len(left) {
		t.Errorf("SSAInfo keeps %d of %d initializers, want %d", len(ssa.InitOrder), len(info.InitOrder), len(info.InitOrder)-len(left))
	}
	for _, in := range ssa.InitOrder {
		if slices.Contains(left, in.Lhs[0].Name()) {
			t.Errorf("SSAInfo keeps the initializer of %s", in.Lhs[0].Name())
		}
	}
	if len(info.InitOrder) != 15 {
		t.Errorf("SSAInfo changed the package's own InitOrder: %d initializers, want 15", len(info.InitOrder))
	}
}
