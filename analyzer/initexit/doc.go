// Package initexit defines an Analyzer that reports calls that end the
// program, or the main goroutine, while packages are being initialized.
//
// # Analyzer initexit
//
// initexit: report os.Exit, log.Fatal and runtime.Goexit reachable during init
//
// Package initialization runs on the main goroutine before main.main.
// A call of os.Exit, syscall.Exit or log.Fatal (and log.Logger.Fatal*)
// during init ends the process at once: the packages not yet initialized
// never are, main.main never runs, and deferred functions do not run.
// runtime.Goexit during init ends the main goroutine: the runtime's
// deferred unlockOSThread runs, the remaining inits and main.main never
// do, and once no other goroutine is left the program dies with "fatal
// error: no goroutines (main called runtime.Goexit) - deadlock!".
//
// The analyzer follows calls from variable initializers and init
// functions through functions of any package (through facts), and
// reports each exit once, with the chain that reaches it:
//
//   - an exit in the package's own code at the exit, "reached from 3
//     inits" when several of its initializers and init functions reach
//     it, each a related position;
//   - an exit in another package's code from package main, whose pass
//     sees every package: at the call that leaves the code of the first
//     package to run that reaches it, among those of the build's main
//     modules (the module, or the modules of a go.work workspace: built
//     from source, without a version), with "reached from 17 inits in 9
//     packages" and each of them as related positions. An exit that only
//     packages of dependency modules reach is not reported: the
//     program's authors cannot act on it. A library analyzed without a
//     main package does not report such exits, and an //initvet:ignore
//     initexit comment at a package's call takes that package out of
//     the count.
//
// Exits in goroutines, in functions only main calls, and in functions
// registered for later are not reported.
package initexit
