package initeffect

import "slices"

// InitEffects is what one package's init does, for the cross-package
// checks.
type InitEffects struct {
	Path    string
	Effects []Effect
}

// Shared is state that one package's init reads and an unrelated
// package's init writes.
type Shared struct {
	State          VarKey
	Reader, Writer string
	Read, Write    Effect
	// ReaderFirst is true when the reader runs first: it finds the state
	// empty. Otherwise the reader runs after the writer only by the
	// linker's order.
	ReaderFirst bool
}

// FindShared finds the reads during init of state that the init of
// another package writes, when neither package depends on the other.
// rank gives each package's place in the run order; dependsOn(a, b)
// reports whether a imports b, directly or not. A package that writes
// the state itself (a cache it fills, a flag it registers with its own
// default) is not ordered by the others' writes; synchronized accesses
// do not count.
func FindShared(inits []InitEffects, rank map[string]int, dependsOn func(a, b string) bool) []Shared {
	type access struct {
		pkg string
		eff Effect
	}
	// Accesses are grouped by state; a key (the name under which a
	// registry entry or an environment variable is read or written)
	// narrows the state: accesses under two different keys are unrelated.
	readers, writers := map[VarKey][]access{}, map[VarKey][]access{}
	writes := map[string][]VarKey{}
	var states []VarKey
	for _, p := range inits {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		for _, e := range p.Effects {
			if e.Var == nil || e.Sync || e.Kind != KindRead && e.Kind != KindWrite {
				continue
			}
			state := e.Var.State()
			if readers[state] == nil && writers[state] == nil {
				states = append(states, state)
			}
			if e.Kind == KindRead {
				readers[state] = append(readers[state], access{p.Path, e})
				continue
			}
			writers[state] = append(writers[state], access{p.Path, e})
			writes[p.Path] = append(writes[p.Path], *e.Var)
		}
	}
	var out []Shared
	for _, state := range states {
		for _, rd := range readers[state] {
			if slices.ContainsFunc(writes[rd.pkg], rd.eff.Var.Overlaps) {
				continue
			}
			for _, wr := range writers[state] {
				if !rd.eff.Var.Overlaps(*wr.eff.Var) || rd.pkg == wr.pkg || dependsOn(rd.pkg, wr.pkg) || dependsOn(wr.pkg, rd.pkg) {
					continue
				}
				out = append(out, Shared{State: *rd.eff.Var, Reader: rd.pkg, Writer: wr.pkg, Read: rd.eff, Write: wr.eff, ReaderFirst: rank[rd.pkg] < rank[wr.pkg]})
			}
		}
	}
	return out
}

// Overwrite is an entry of shared state that the inits of two packages
// write, neither importing the other: the linker's order decides whose
// value stays.
type Overwrite struct {
	Entry         VarKey
	First, Second string // in run order: Second's value stays
	FirstWrite    Effect
	SecondWrite   Effect
}

// Overwrites finds the entries, named by a constant (a registry entry,
// an environment variable, a key of a package map), that the inits of
// two packages that do not depend on each other both write, in the
// state where a second write replaces the first. skip reports state
// where a second write does something else (panics, is ignored). A
// package whose init also reads the entry fills it only when missing.
func Overwrites(inits []InitEffects, rank map[string]int, dependsOn func(a, b string) bool, skip func(VarKey) bool) []Overwrite {
	type write struct {
		pkg string
		eff Effect
	}
	byEntry := map[VarKey][]write{}
	var entries []VarKey
	for _, p := range inits {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		// A package that also reads the entry fills it when it finds it
		// missing (a cache, get-or-create): the first write stays.
		reads := func(v VarKey) bool {
			return slices.ContainsFunc(p.Effects, func(r Effect) bool { return r.Kind == KindRead && r.Var != nil && r.Var.Overlaps(v) })
		}
		for _, e := range p.Effects {
			if e.Kind != KindWrite || e.Var == nil || e.Var.Key == "" || e.Sync || skip(*e.Var) || reads(*e.Var) {
				continue
			}
			if slices.ContainsFunc(byEntry[*e.Var], func(w write) bool { return w.pkg == p.Path }) {
				continue
			}
			if byEntry[*e.Var] == nil {
				entries = append(entries, *e.Var)
			}
			byEntry[*e.Var] = append(byEntry[*e.Var], write{p.Path, e})
		}
	}
	var out []Overwrite
	for _, entry := range entries {
		ws := byEntry[entry]
		slices.SortFunc(ws, func(a, b write) int { return rank[a.pkg] - rank[b.pkg] })
		for i, a := range ws {
			for _, b := range ws[i+1:] {
				if !dependsOn(a.pkg, b.pkg) && !dependsOn(b.pkg, a.pkg) {
					out = append(out, Overwrite{Entry: entry, First: a.pkg, Second: b.pkg, FirstWrite: a.eff, SecondWrite: b.eff})
				}
			}
		}
	}
	return out
}
