// Package analyzer lists initvet's analyzers. Each lives in a package of
// its own below this one and exports its Analyzer variable, usable alone
// (for example from Bazel's nogo) or together through All.
package analyzer

import (
	"go/types"
	"slices"
	"strings"

	"github.com/initvet/initvet/analyzer/initblock"
	"github.com/initvet/initvet/analyzer/initdeps"
	"github.com/initvet/initvet/analyzer/initdup"
	"github.com/initvet/initvet/analyzer/initexit"
	"github.com/initvet/initvet/analyzer/initflag"
	"github.com/initvet/initvet/analyzer/initgo"
	"github.com/initvet/initvet/analyzer/initignore"
	"github.com/initvet/initvet/analyzer/initorder"
	"github.com/initvet/initvet/analyzer/initthread"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/mainentry"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// All returns initvet's analyzers with the built-in model, sorted by
// name.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		initblock.Analyzer,
		initdeps.Analyzer,
		initdup.Analyzer,
		initexit.Analyzer,
		initflag.Analyzer,
		initgo.Analyzer,
		initignore.Analyzer,
		initorder.Analyzer,
		initthread.Analyzer,
		mainentry.Analyzer,
	}
}

// New returns initvet's analyzers, sorted by name, over a model that cfg
// extends. They share one facts analyzer of their own, so analyzers made
// by different calls do not share settings.
func New(cfg initeffect.Config) ([]*analysis.Analyzer, error) {
	return NewShared(cfg, Shared{})
}

// Shared is what a driver that holds the whole program shares with the
// analyzers.
type Shared struct {
	// SSA is the program in which the driver created every package it
	// analyzes (with summary.SSAMode and from summary.SSAInfo, as
	// ssautil.Packages does) before running them: each package's SSA
	// form is made once instead of once per importing package.
	SSA *ssa.Program
	// Done, if not nil, is called with each package once the facts
	// analyzer no longer reads its syntax or type information: a driver
	// may release them for the packages no other analyzer reads. It
	// reports whether other analyzers read the package's result: when
	// not (a dependency analyzed only for its facts), the result is
	// dropped.
	Done func(*types.Package) (read bool)
}

// NewShared returns initvet's analyzers as New does, sharing with the
// driver what shared holds.
func NewShared(cfg initeffect.Config, shared Shared) ([]*analysis.Analyzer, error) {
	if _, err := initeffect.NewModel(cfg); err != nil {
		return nil, err
	}
	facts := initfacts.NewShared(shared.SSA, shared.Done)
	for _, f := range cfg.MainThread {
		if err := facts.Flags.Set("mainthread", f); err != nil {
			return nil, err
		}
	}
	for _, r := range cfg.Registries {
		if err := facts.Flags.Set("registry", r.String()); err != nil {
			return nil, err
		}
	}
	checks := []*analysis.Analyzer{
		initblock.New(facts),
		initdeps.New(facts),
		initdup.New(facts),
		initexit.New(facts),
		initflag.New(facts),
		initgo.New(facts),
		initorder.New(facts),
		initthread.New(facts),
		mainentry.New(facts),
	}
	all := append(slices.Clone(checks), initignore.New(facts, checks))
	slices.SortFunc(all, func(a, b *analysis.Analyzer) int { return strings.Compare(a.Name, b.Name) })
	return all, nil
}

// Facts is the analyzer that those of All require: it computes the init
// effects of each package and passes them on as facts, and reports
// nothing. Its flags extend the model: -mainthread=import/path.Func,…
// lists more main-thread-only functions and
// -registry=write:import/path.Func=NAME,… (or read:…) more registry
// functions. Drivers that take analyzer flags (go vet, nogo) reach them
// as -initfacts.mainthread and -initfacts.registry.
var Facts = initfacts.Analyzer
