// Package initignore defines an Analyzer that reports //initvet:ignore
// directives that are malformed or suppress nothing.
//
// # Analyzer initignore
//
// initignore: report //initvet:ignore directives that are malformed or suppress nothing
//
// A comment //initvet:ignore ANALYZER[,ANALYZER] reason on the line of a
// finding, or on the line above it, suppresses those analyzers' findings
// there. This analyzer runs after the others on each package and
// reports, at the directive, one diagnostic for each directive that
// names no analyzer, names one initvet does not have, gives no reason,
// or suppresses nothing: a stale suppression hides the next real
// finding on its line. The directives are parsed once per package, and
// each is judged once, whichever analyzers are enabled.
package initignore
