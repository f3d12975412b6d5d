// Package summary computes the effects (package initeffect) of a
// package's code: for every function of the package and for each of its
// initializers and init functions, what it does during init, each
// effect with the call chain that reaches it.
//
// The summaries are computed on the package's SSA form (go/ssa). Calls
// are followed as the program makes them: static calls, closures and
// bound methods directly; dynamic calls (interface methods, func values
// in variables, fields, slices and maps, parameters) through variable
// type analysis (go/callgraph/vta) over the package's functions, and
// across packages through the values (func values, types converted to
// interfaces) that the code run from an entry makes. Other packages are
// seen through Dependencies: facts under go vet, summaries of already
// analyzed packages in a whole program. The standard library is not
// followed; what matters of it is described by a Model, and the
// registrations its own inits make are derived from its code.
//
// State is keyed where the code names the entry: a registry call or a
// map index with a constant, a parameter that callers pass a constant
// to, or a method of the package's own type that returns one
// (c.Name()). An entry named at run time meets only accesses to the
// whole state. Effects inside "if v != nil" on a package variable need
// v set, which during the package's own init it is only once an
// initializer or init function set it. A goroutine started on a path
// that then exits the process does not outlive init.
package summary
