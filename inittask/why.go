package inittask

import "fmt"

// WhyKind says what decides the order of two packages' inits.
type WhyKind string

// The reasons one package's init runs before another's.
const (
	// WhyImport: the later package imports the earlier one, directly or
	// through other packages: the order is guaranteed.
	WhyImport WhyKind = "import"
	// WhyLexical: both were ready to run and the earlier one's linker
	// symbol sorts first. Fragile: a rename can flip it.
	WhyLexical WhyKind = "lexical"
	// WhyWaited: the later package was not ready yet when the earlier
	// one ran, because it waited for one of its imports; that import's
	// own place is again decided by the linker's order, not by an import
	// of the earlier package. Fragile too.
	WhyWaited WhyKind = "waited"
)

// Why explains the relative order of two packages' init tasks.
type Why struct {
	First, Second *Package // in run order
	Kind          WhyKind
	// Chain is the import path from Second down to First (WhyImport).
	Chain []*Package
	// WaitedFor is the import Second waited for (WhyWaited).
	WaitedFor *Package
}

// Fragile reports whether the order holds only by the linker's lexical
// tie-breaking, so that renaming a package or adding an import can flip it.
func (w *Why) Fragile() bool { return w.Kind != WhyImport }

// Explain says whether the init task of package a runs before that of b
// and why. Both must have init tasks in the program.
func (prog *Program) Explain(a, b string) (*Why, error) {
	pa, pb := prog.byPath[a], prog.byPath[b]
	for _, p := range []struct {
		path string
		pkg  *Package
	}{{a, pa}, {b, pb}} {
		switch {
		case p.pkg == nil:
			return nil, fmt.Errorf("package %s is not part of program %s", p.path, prog.Root.Path)
		case !p.pkg.HasTask || p.pkg.Place == nil:
			return nil, fmt.Errorf("package %s has no init task in program %s: nothing of it runs during init", p.path, prog.Root.Path)
		}
	}
	if pa == pb {
		return nil, fmt.Errorf("%s and %s are the same package", a, b)
	}
	first, second := pa, pb
	if runsAfter(pa, pb) {
		first, second = pb, pa
	}
	w := &Why{First: first, Second: second}
	if chain := importChain(second, first); chain != nil {
		w.Kind, w.Chain = WhyImport, chain
		return w, nil
	}
	if second.Place.ReadyAt <= first.Place.Task && second.Place.Phase == first.Place.Phase {
		w.Kind = WhyLexical
	} else {
		w.Kind, w.WaitedFor = WhyWaited, second.Place.WaitedFor
	}
	return w, nil
}

// runsAfter reports whether p's task comes after q's: the runtime phase
// first, then the linker's list.
func runsAfter(p, q *Package) bool {
	switch {
	case p.Place.Phase != q.Place.Phase:
		return p.Place.Phase == PhaseMain
	case p.Place.Phase == PhaseRuntime:
		return p.Place.Run > q.Place.Run
	}
	return p.Place.Task > q.Place.Task
}

// DependsOn reports whether package a imports package b, directly or
// through other packages.
func (prog *Program) DependsOn(a, b string) bool {
	pa, pb := prog.byPath[a], prog.byPath[b]
	return pa != nil && pb != nil && importChain(pa, pb) != nil
}

// importChain returns the packages from "from" down to "to" along
// imports with init tasks, or nil if from does not depend on to.
func importChain(from, to *Package) []*Package {
	seen := map[*Package]bool{}
	var walk func(p *Package) []*Package
	walk = func(p *Package) []*Package {
		if p == to {
			return []*Package{p}
		}
		if seen[p] {
			return nil
		}
		seen[p] = true
		for _, q := range p.Imports {
			if !q.HasTask {
				continue
			}
			if rest := walk(q); rest != nil {
				return append([]*Package{p}, rest...)
			}
		}
		return nil
	}
	return walk(from)
}
