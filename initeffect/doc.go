// Package initeffect computes what code run during package
// initialization does: for every function of a package and for each of
// its initializers and init functions, the effects that matter before
// main.main (exits, runtime.Goexit, thread locks, blocking, goroutines,
// flag parsing and reads, reads and writes of package variables and of
// registries), each with the call chain that reaches it.
//
// The summaries are computed on the package's SSA form (go/ssa). Calls
// are followed as the program makes them: static calls, closures and
// bound methods directly; dynamic calls (interface methods, func values
// in variables, fields, slices and maps, parameters) through variable
// type analysis (go/callgraph/vta) over the package's functions. Other
// packages are seen through an Imported: facts under go vet, summaries
// of already analyzed packages in a whole program. The standard library
// is not followed; what matters of it is described by a Model.
package initeffect
