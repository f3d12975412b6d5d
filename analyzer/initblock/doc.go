// Package initblock defines an Analyzer that reports package
// initialization that blocks forever.
//
// # Analyzer initblock
//
// initblock: report init code that blocks forever or until main runs
//
// Package inits run one after the other on the main goroutine, and
// main.main starts only when all have returned. An init that blocks
// therefore hangs the program before main: select {}, an empty for {},
// a receive from (or select on) a channel that no code sends to or
// closes, sync.WaitGroup.Wait after Add with no Done anywhere, waiting
// for an OS signal, and servers that never return (http.ListenAndServe,
// http.Serve, http.Server.Serve, net.Listener.Accept loops).
//
// Calls are followed through functions of any package. Blocking in a
// goroutine started during init is fine and not reported, and so are
// channels that escape to code the analysis cannot see.
package initblock
