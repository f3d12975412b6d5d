// Package astindex records what a package's syntax says that its SSA
// form does not: the names of func literals, where calls begin, how go
// statements write their function, the empty "for {}" loops, the
// variables channels are made into, and the functions whose doc comment
// marks them main-thread only.
package astindex

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/initvet/initvet/internal/gotypes"
)

// MainThreadMarker in a function's doc comment marks it as main-thread
// only.
const MainThreadMarker = "//initvet:mainthread"

// Index is what New found in a package's syntax.
type Index struct {
	LitNames map[*ast.FuncLit]string
	CallPos  map[token.Pos]token.Pos // ast.CallExpr.Lparen → Pos
	GoExprs  map[token.Pos]string    // ast.GoStmt.Go → the called function, as written
	MadeInto map[token.Pos]string    // ast.CallExpr.Lparen of a make → the variable it is assigned to
	// EmptyLoops are the positions of the package's "for {}" loops, in
	// source order.
	EmptyLoops []token.Pos
	// MainThread holds the functions marked main-thread only.
	MainThread map[*types.Func]bool
}

// New indexes a package's syntax: it names func literals after the
// declaration that holds them ("pkg.F.func2", "pkg.init.func1"), and
// indexes call and go statement positions, which SSA records
// differently, the empty loops, the variables channels are made into,
// and the functions marked main-thread only.
func New(pkg *types.Package, info *types.Info, files []*ast.File) *Index {
	x := &Index{
		LitNames:   map[*ast.FuncLit]string{},
		CallPos:    map[token.Pos]token.Pos{},
		GoExprs:    map[token.Pos]string{},
		MadeInto:   map[token.Pos]string{},
		MainThread: map[*types.Func]bool{},
	}
	for _, f := range files {
		for _, d := range f.Decls {
			outer := pkg.Name() + ".init"
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					outer = gotypes.FuncName(fn)
					if hasMarker(fd.Doc, MainThreadMarker) {
						x.MainThread[fn] = true
					}
				}
			}
			count := 0
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					count++
					x.LitNames[n] = outer + ".func" + strconv.Itoa(count)
				case *ast.CallExpr:
					x.CallPos[n.Lparen] = n.Pos()
				case *ast.GoStmt:
					x.GoExprs[n.Go] = types.ExprString(n.Call.Fun)
				case *ast.ForStmt:
					if n.Init == nil && n.Cond == nil && n.Post == nil && len(n.Body.List) == 0 {
						x.EmptyLoops = append(x.EmptyLoops, n.For)
					}
				case *ast.AssignStmt:
					if len(n.Lhs) == len(n.Rhs) {
						for i, l := range n.Lhs {
							x.noteMake(l, n.Rhs[i])
						}
					}
				case *ast.ValueSpec:
					if len(n.Names) == len(n.Values) {
						for i, l := range n.Names {
							x.noteMake(l, n.Values[i])
						}
					}
				}
				return true
			})
		}
	}
	return x
}

// noteMake remembers the variable a make(chan) is assigned to, to name
// the channel.
func (x *Index) noteMake(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	call, isCall := ast.Unparen(rhs).(*ast.CallExpr)
	if ok && isCall {
		x.MadeInto[call.Lparen] = id.Name
	}
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
