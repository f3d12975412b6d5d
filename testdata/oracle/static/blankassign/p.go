// Package blankassign has an init function whose only statement is
// "_ = 1": the compiler keeps the statement, so the function runs.
//
// oracle: runs
package blankassign

func init() { _ = 1 }
