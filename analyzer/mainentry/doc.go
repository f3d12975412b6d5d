// Package mainentry defines an Analyzer for main packages that are built
// as libraries, whose main.main never runs.
//
// # Analyzer mainentry
//
// mainentry: report library entry points (//export, plugins) that depend on main.main
//
// A main package built with -buildmode=c-archive or c-shared exposes its
// //export functions to C; runtime.main initializes the packages and
// returns without calling main.main. A plugin (-buildmode=plugin) exposes
// its exported functions and variables through plugin.Lookup, and its
// main.main never runs either. The analyzer reports, in a main package
// with //export functions (or, with -mainentry.plugin, any main package):
//
//   - an entry point that reads a variable of package main that only
//     main.main (or what main.main alone calls) sets: the variable stays
//     zero in the library;
//   - work in main.main meant to run (flag parsing, servers, goroutines)
//     that never will.
//
// Variables set by an initializer or an init function are fine.
package mainentry
