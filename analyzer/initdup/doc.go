// Package initdup defines an Analyzer that reports entries that two
// inits write into a registry that panics on a duplicate.
//
// # Analyzer initdup
//
// initdup: report duplicate registrations that panic during init (flags, sql, expvar, ServeMux, gob, Prometheus, protobuf)
//
// Some process-wide registries panic when the same name is registered
// twice: defining a flag on flag.CommandLine ("flag redefined: v"),
// database/sql.Register ("sql: Register called twice for driver
// postgres") and expvar's Publish and New* ("Reuse of exported var name:
// cmdline", expvar's own init publishing "cmdline" and "memstats").
// Two copies of a library, two major versions of a driver, or a package
// that reuses a name the standard library already took make the
// program die before main.main, often only after a dependency upgrade.
// On http.DefaultServeMux (http.Handle, http.HandleFunc, and the
// standard library's own net/http/pprof and expvar), two patterns
// conflict when Go 1.22's ServeMux finds neither more specific: "GET
// /debug/pprof/" against a profiler's "/debug/pprof/delta_heap", or the
// same pattern twice. net/http itself decides, and the patterns the
// standard library's inits register are those of the GODEBUG default
// for the program (httpmuxgo121 unset); a main module older than Go
// 1.22, or a //go:debug httpmuxgo121=1 in package main, selects the Go
// 1.21 ServeMux, which initdup does not check.
// encoding/gob panics when a name is registered again with another
// type: gob.Register names a pointer to a named type by its package's
// name only, so two packages called model that register *User collide
// ("gob: registering duplicate types for \"*model.User\"").
// The Prometheus client's default registry panics in MustRegister on a
// metric name registered before (by prometheus.MustRegister or a
// promauto constructor): the name is Namespace_Subsystem_Name of the
// constant options the metric was made from.
// Generated protobuf code registers each .proto file in
// protoregistry.GlobalFiles from its init; the path and the full names
// of its declarations come from the file's serialized descriptor, and a
// second file with the same path ("proto: file \"error.proto\" is
// already registered") or a name another file declares panics, unless
// GOLANG_PROTOBUF_REGISTRATION_CONFLICT says otherwise at run time.
//
// The names are the constant arguments of the registering calls, and
// constants passed down through helpers. Within a package, two
// initializers or init functions writing the same entry are reported at
// the second. Across packages, the analyzer runs on package main, where
// the whole program's schedule is known, reports at the registration
// that runs second (the one that panics), in whatever package that is,
// and names both registrations with their chains; main's import of that
// package, where an //initvet:ignore comment also suppresses the
// finding, is a related position. A registration whose init also
// reads the registry (if !slices.Contains(sql.Drivers(), "pgx")) is
// guarded: it panics in no order, but an unguarded one after it does;
// when the unguarded one runs first only by the linker's order, the
// program works by luck, and that is reported too. Other registrations
// on some paths only can panic; one on every path does.
package initdup
