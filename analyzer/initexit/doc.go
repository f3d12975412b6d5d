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
// functions through functions of any package (through facts) and reports
// the call in the package's init with the chain that reaches the exit.
// Exits in goroutines, in functions only main calls, and in functions
// registered for later are not reported.
//
// A finding is one root cause of the package analyzed: one exit reached
// from several of its initializers and init functions is one finding
// ("reached from 3 inits", each entry a related position), at the exit
// when it lies in the package, else at the call that leaves the
// package's code. An exit in a shared dependency that the inits of
// several packages reach is one finding in each of them, at each one's
// own call: an analysis pass sees one package and its dependencies, and
// a pass cannot withdraw what another reported. Only package main's pass
// sees every package, so a single finding would have to come from main
// alone, and a library analyzed without a main package would show
// nothing.
package initexit
