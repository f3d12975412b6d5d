// Package initdeps defines an Analyzer that reports state shared between
// the inits of packages that do not import each other.
//
// # Analyzer initdeps
//
// initdeps: report init-time reads of state that an unrelated package's init writes
//
// When the init of package R reads state that the init of package W
// writes, and neither package imports the other, their relative order is
// decided only by the linker: the lexically smallest ready package runs
// first. If R runs first, it sees the empty state now ("image: unknown
// format", "sql: unknown driver"); if R runs after W, it works by luck:
// renaming a package, adding an import, or vendoring a fork can flip the
// order.
//
// State is any package-level variable of a non-standard package and the
// modelled registries of the standard library: image formats,
// database/sql drivers, mime types, encoding/gob types, expvar,
// crypto.RegisterHash, http.DefaultServeMux, the environment,
// and flag.CommandLine lookups (more with -registry). Writes that are never read
// during init, synchronized or lazy accesses (sync.Once and friends), and
// reads that only main.main makes are not hazards.
//
// It also reports an entry named by a constant (an environment
// variable, a registry entry, a key of a package map) that the inits of
// two unrelated packages both write where the second write replaces the
// first (mime types, crypto hashes, the environment, map registries):
// only the linker's order decides whose value stays. A package that
// also reads the entry fills it only when missing (a cache), and
// registries that panic on a duplicate are initdup's.
//
// The analyzer runs on package main, where the whole program's schedule
// is known, and reports where the hazard happens: at the reader's read
// (the access, or the call that leaves the reader's code), in whatever
// package that is. The write and main's import of the reader, where an
// //initvet:ignore comment also suppresses the finding, are related
// positions. Importing the writer from the reader makes the order
// certain.
package initdeps
