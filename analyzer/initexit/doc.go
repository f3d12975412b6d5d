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
package initexit
