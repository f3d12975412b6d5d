// Package inittask models how a Go program is initialized: the import graph
// of a program, which packages have initialization work, the order in which
// the linker schedules their init tasks, the sequence of initializers and
// init functions inside each package, and why one package's init runs
// before another's.
//
// The model reproduces Go 1.21+ toolchain behaviour:
//
//   - cmd/compile/internal/pkginit and staticinit decide which packages
//     get an init task and which initializers need code at run time
//     (see [Package.HasWork] and package staticinit);
//   - cmd/link/internal/ld/inittask.go orders the tasks: the runtime's
//     own tasks first, then a topological order of the import graph in
//     which ties are broken by the lexically smallest linker symbol name
//     (the escaped package path, as cmd/internal/objabi.PathToPrefix
//     writes it);
//   - runtime.main in runtime/proc.go runs them (package timeline
//     simulates it).
//
// Package inittask does no flag parsing and no printing.
package inittask
