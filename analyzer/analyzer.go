// Package analyzer lists initvet's analyzers. Each lives in a package of
// its own below this one and exports its Analyzer variable, usable alone
// (for example from Bazel's nogo) or together through All.
package analyzer

import (
	"github.com/initvet/initvet/analyzer/initblock"
	"github.com/initvet/initvet/analyzer/initdeps"
	"github.com/initvet/initvet/analyzer/initexit"
	"github.com/initvet/initvet/analyzer/initflag"
	"github.com/initvet/initvet/analyzer/initgo"
	"github.com/initvet/initvet/analyzer/initorder"
	"github.com/initvet/initvet/analyzer/initthread"
	"github.com/initvet/initvet/analyzer/mainentry"
	"golang.org/x/tools/go/analysis"
)

// All returns initvet's analyzers, sorted by name.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		initblock.Analyzer,
		initdeps.Analyzer,
		initexit.Analyzer,
		initflag.Analyzer,
		initgo.Analyzer,
		initorder.Analyzer,
		initthread.Analyzer,
		mainentry.Analyzer,
	}
}
