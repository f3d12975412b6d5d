package inittask

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/initvet/initvet/staticinit"
)

// fillInitWork fills in the package's variable initializers, with
// whether each needs code, and its init functions.
func fillInitWork(pkg *Package, funcs staticinit.Funcs) {
	p := pkg.Pkg
	if p.TypesInfo == nil || p.Types == nil {
		return
	}
	pkg.Vars, pkg.Funcs = initWork(p.Types, p.TypesInfo, p.Syntax, funcs, nil)
}

// InitWork returns the init work of a package, from its syntax alone:
// its initializers in the order they run, each with whether it needs
// code at run time, and its init functions in file order. Calls of
// functions of other packages count as not inlined unless costs
// (which may be nil) gives their cost: then a call with constant
// arguments is static, as errors.New("...") is. Load gives the exact
// answer for a whole program.
func InitWork(pkg *types.Package, info *types.Info, files []*ast.File, costs staticinit.InlineCosts) ([]*VarInit, []*InitFunc) {
	funcs := staticinit.Funcs{}
	funcs.Add(info, files)
	return initWork(pkg, info, files, funcs, costs)
}

// HasWork reports whether initializers or init functions run code.
func HasWork(vars []*VarInit, funcs []*InitFunc) bool {
	for _, v := range vars {
		if v.Dynamic {
			return true
		}
	}
	for _, f := range funcs {
		if !f.Empty {
			return true
		}
	}
	return false
}

func initWork(pkg *types.Package, info *types.Info, files []*ast.File, funcs staticinit.Funcs, costs staticinit.InlineCosts) ([]*VarInit, []*InitFunc) {
	var vars []*VarInit
	for i, why := range staticinit.Reasons(pkg, info, funcs, costs) {
		in := info.InitOrder[i]
		vars = append(vars, &VarInit{Vars: in.Lhs, Expr: in.Rhs, Dynamic: why != "", Reason: why})
	}
	var inits []*InitFunc
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if ok && fd.Recv == nil && fd.Name.Name == "init" && fd.Body != nil {
				inits = append(inits, &InitFunc{Decl: fd, Empty: emptyStmts(fd.Body.List, info)})
			}
		}
	}
	return vars, inits
}

// emptyStmts reports whether the compiler reads the statements as
// nothing: empty statements, empty blocks, constant and type
// declarations, and if/for statements with constant conditions whose
// taken branch is empty (cmd/compile/internal/noder drops them).
func emptyStmts(list []ast.Stmt, info *types.Info) bool {
	for _, st := range list {
		if !emptyStmt(st, info) {
			return false
		}
	}
	return true
}

func emptyStmt(st ast.Stmt, info *types.Info) bool {
	switch st := st.(type) {
	case nil, *ast.EmptyStmt:
		return true
	case *ast.BlockStmt:
		return emptyStmts(st.List, info)
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		return ok && gd.Tok != token.VAR
	case *ast.IfStmt:
		v := info.Types[st.Cond].Value
		if v == nil || !emptyStmt(st.Init, info) {
			return false
		}
		if v.String() == "true" {
			return emptyStmt(st.Body, info)
		}
		return emptyStmt(st.Else, info)
	case *ast.ForStmt:
		v := info.Types[st.Cond].Value
		return v != nil && v.String() == "false" && emptyStmt(st.Init, info)
	}
	return false
}
