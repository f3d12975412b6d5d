package load

import "go/ast"

// TrimBodies removes from a package's files the function bodies that
// nothing reads when the package is only depended on, and its own code
// is not followed: that of every function and method with more than one
// statement, except init functions and generic ones. What is kept is
//   - the init functions, which are the package's init work;
//   - every body of a single statement: the static-init emulation
//     (package staticinit) inlines only those, into this package's
//     initializers and into its importers';
//   - generic functions and the methods of generic types, which the
//     type checker requires to have a body.
//
// The package's type-checking then reports the imports that only
// removed bodies used; a caller should ignore those soft errors.
func TrimBodies(files []*ast.File) {
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || len(fd.Body.List) <= 1 || generic(fd) ||
				fd.Recv == nil && fd.Name.Name == "init" {
				continue
			}
			fd.Body = nil
		}
	}
}

// generic reports whether d is a generic function or a method of a
// generic type.
func generic(d *ast.FuncDecl) bool {
	if d.Type.TypeParams != nil {
		return true
	}
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return false
	}
	t := d.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}
