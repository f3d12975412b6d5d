// Package initeffect is the vocabulary of what code run during package
// initialization does: the effects that matter before main.main (exits,
// runtime.Goexit, thread locks, blocking, goroutines, flag parsing and
// reads, reads and writes of package variables and of registries), each
// with the call chain that reaches it; the Model of the functions whose
// effects are known without their code (the standard library's exits,
// registries and servers, main-thread-only GUI calls, and what a
// configuration adds); and the comparison of different packages' inits
// (FindShared, Overwrites). Package summary computes the effects.
package initeffect
