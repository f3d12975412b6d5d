// Package initorder defines an Analyzer that reports package-level
// variable initialization that depends on an order go/types does not
// guarantee.
//
// # Analyzer initorder
//
// initorder: report initializers that observe variables before they are initialized
//
// Within a package, the variable initializers run in dependency order,
// then the init functions in file order. go/types (and the compiler)
// compute the dependencies from the references an initializer makes,
// directly or through the functions and methods it calls, but not
// through interface method calls, func-typed variables or method values.
// The analyzer reports:
//
//   - an initializer that reads a variable of the package whose own
//     initializer runs later, through such a hidden dependency: it sees
//     the zero value;
//   - an initializer that reads a variable that has no initializer and
//     that only an init function sets: all initializers run before any
//     init function, so it sees the zero value (a variable with an
//     initializer has that value by then, whatever an init function
//     does to it later, as protoc-gen-go's raw descriptors do);
//   - init functions in different files that write and read (or both
//     assign) the same variable: their combined result depends on the
//     order of the file names, which a rename changes. Handing the
//     variable's address to a function is not such a use.
//
// A variable whose initializer the linker turns into data (a constant,
// an address, a static composite literal) holds its value before any
// code runs, so reading it early is fine.
package initorder
