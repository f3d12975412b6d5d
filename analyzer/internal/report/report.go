// Package report turns init effects into diagnostics: one per root
// cause, at the position where the hazard happens in the package under
// analysis, with a short chain in the message and each step as a related
// position.
package report

import (
	"go/token"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/initvet/initvet/analyzer/internal/ignore"
	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

// Reporter reports each diagnostic once, unless an //initvet:ignore
// comment suppresses it.
type Reporter struct {
	pass    *analysis.Pass
	seen    map[string]bool
	ignores []*ignore.Directive
	used    ignore.Used
	groups  map[string]*group
	order   []*group
	names   *Names // shortens the package paths of messages, when set
	// files indexes the pass's file set by file name (see locate).
	files map[string]*token.File
}

// Check is the body of an analyzer: it reports, through r, on a package
// outside the standard library, given the package's init facts.
type Check func(pass *analysis.Pass, res *initfacts.Result, r *Reporter)

// Analyzer returns the analyzer called name. It requires facts, is
// documented at pkg.go.dev under analyzer/name, and runs check on every
// package outside the standard library (the analyzers do not report on
// it). Its result is the //initvet:ignore directives it used
// (ignore.Used), which the initignore analyzer reads.
func Analyzer(name, doc string, facts *analysis.Analyzer, check Check) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       name,
		Doc:        doc,
		URL:        "https://pkg.go.dev/github.com/initvet/initvet/analyzer/" + name,
		Requires:   []*analysis.Analyzer{facts},
		ResultType: reflect.TypeFor[ignore.Used](),
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[facts].(*initfacts.Result)
			r := &Reporter{pass: pass, seen: map[string]bool{}, ignores: res.Ignores, used: ignore.Used{}, groups: map[string]*group{}}
			if res.Summary != nil {
				check(pass, res, r)
			}
			r.Finish()
			return r.used, nil
		},
	}
}

// Effect reports message where the hazard of e happens as far as the
// package under analysis can show it: the last step of e's chain that
// lies in the package (the exit, the go statement, or the call that
// leaves the package's code), falling back to at. The earlier steps are
// related positions, and so is the rest of the chain outside the
// package. The same hazard reached from several of the package's
// initializers and init functions is one finding (see Finish), and so
// is the same effect of another package's function reached through
// several of the package's calls. extra are related positions of the
// finding's other side (the first registration, the racing access),
// after the chain's.
func (r *Reporter) Effect(e initeffect.Effect, at token.Pos, message string, extra ...analysis.RelatedInformation) {
	pos, key, _ := r.Where(e, at)
	if g := r.groups[key]; g != nil {
		if from := r.first(e); from.IsValid() && from != g.from && !slices.Contains(g.also, from) {
			g.also = append(g.also, from)
			g.alsoName = append(g.alsoName, e.Chain[0].Func)
		}
		return
	}
	related := steps(e, pos, func(s initeffect.Site) token.Pos {
		if r.inPackage(s.TokenPos()) {
			return s.TokenPos()
		}
		return token.NoPos
	})
	g := &group{pos: pos, message: message, related: append(related, extra...), from: r.first(e)}
	r.groups[key] = g
	r.order = append(r.order, g)
}

// Steps returns the related positions of the steps of e's chain in the
// code of the package whose init reaches it, which another package's
// fact recorded (see initfacts.Exit): "F calls G" at each, and at pos,
// where the finding is, "then" the rest of the chain. The chain's last
// step, the effect, is not one of them.
func (r *Reporter) Steps(e initeffect.Effect, pos token.Pos) []analysis.RelatedInformation {
	e.Chain = slices.Clone(e.Chain)
	e.Chain[len(e.Chain)-1].Pos = ""
	return steps(e, pos, func(s initeffect.Site) token.Pos {
		if s.Pos == "" {
			return token.NoPos
		}
		return r.Locate(s.Pos)
	})
}

// steps returns the related positions of the steps of e's chain that
// posOf places: "F calls G" at each, and at pos, where the finding is,
// "then" the rest of the chain.
func steps(e initeffect.Effect, pos token.Pos, posOf func(initeffect.Site) token.Pos) []analysis.RelatedInformation {
	var related []analysis.RelatedInformation
	for i, s := range e.Chain {
		p := posOf(s)
		if !p.IsValid() {
			continue
		}
		next := e.Name
		if i+1 < len(e.Chain) {
			next = e.Chain[i+1].Func
		}
		if p == pos {
			if rest := e.Chain[i+1:]; len(rest) > 0 {
				related = append(related, analysis.RelatedInformation{Pos: pos, Message: "then " + chainText(rest, e.Name, maxChainText, 2)})
			}
			continue
		}
		related = append(related, analysis.RelatedInformation{Pos: p, Message: s.Func + " calls " + next})
	}
	return related
}

// Where returns where the hazard of e happens as far as the package
// under analysis can show it (see Effect), falling back to at; the root
// cause it is, as a key that is the same wherever the package's code
// reaches it from; and whether the effect itself lies in the package,
// not in code another package's fact describes.
func (r *Reporter) Where(e initeffect.Effect, at token.Pos) (pos token.Pos, key string, own bool) {
	pos = initfacts.LastIn(r.pass.Files, e)
	if !pos.IsValid() {
		pos = at
	}
	if n := len(e.Chain); n > 0 && !r.inPackage(e.Chain[n-1].TokenPos()) {
		return pos, initfacts.OutsideKey(e), false
	}
	return pos, string(e.Kind) + "\x00" + e.Name + "\x00" + r.pass.Fset.Position(pos).String(), true
}

// inPackage reports whether pos lies in a file of the package under
// analysis (see initfacts.InFiles).
func (r *Reporter) inPackage(pos token.Pos) bool { return initfacts.InFiles(r.pass.Files, pos) }

// first returns the position of e's first step in the package, or
// token.NoPos.
func (r *Reporter) first(e initeffect.Effect) token.Pos {
	for _, s := range e.Chain {
		if r.inPackage(s.TokenPos()) {
			return s.TokenPos()
		}
	}
	return token.NoPos
}

// group is one finding and the other entries that reach its hazard.
type group struct {
	pos      token.Pos
	message  string
	related  []analysis.RelatedInformation
	from     token.Pos // where the first entry starts
	also     []token.Pos
	alsoName []string
}

// Chain renders e's chain for a message, eliding the middle of a long
// one: the related positions carry every step.
func Chain(e initeffect.Effect) string { return chainText(e.Chain, e.Name, maxChainText, 2) }

// From renders e's chain without the effect itself, for a message that
// names it already: "a.init → b.F" for the chain a.init → b.F → os.Exit,
// in the room Chain would leave it.
func From(e initeffect.Effect) string {
	if len(e.Chain) == 0 {
		return ""
	}
	return chainText(e.Chain[:len(e.Chain)-1], e.Chain[len(e.Chain)-1].Func, maxChainText-len(" → "+e.Name), 1)
}

// Via renders the calls between an effect's entry and the effect, as
// " (via a → b)", or "" when the entry does it itself: for a message
// that names both ends already.
func Via(e initeffect.Effect) string {
	if len(e.Chain) < 2 {
		return ""
	}
	return " (via " + chainText(e.Chain[1:len(e.Chain)-1], e.Chain[len(e.Chain)-1].Func, maxChainText, 2) + ")"
}

// maxChainText bounds the length of a chain in a message.
const maxChainText = 90

// chainText joins the functions of a chain and last, eliding the middle
// to keep it within limit bytes where it can: the first step stays, and
// at least minTail of the last ones.
func chainText(chain []initeffect.Site, last string, limit, minTail int) string {
	parts := make([]string, 0, len(chain)+1)
	for _, s := range chain {
		parts = append(parts, s.Func)
	}
	parts = append(parts, last)
	text := strings.Join(parts, " → ")
	for tail := len(parts) - 2; len(text) > limit && tail >= minTail; tail-- {
		text = strings.Join(append([]string{parts[0], "…"}, parts[len(parts)-tail:]...), " → ")
	}
	return text
}

// ShortNames makes the reporter write the packages of the program its
// package sees (the packages with init tasks and the packages of the
// state their inits touch) by their short names in messages; related
// information keeps the full paths.
func (r *Reporter) ShortNames(res *initfacts.Result) {
	paths := []string{r.pass.Pkg.Path()}
	for _, p := range res.Program {
		paths = append(paths, p.Path)
		for _, e := range p.Effects {
			if e.Var != nil {
				paths = append(paths, e.Var.Pkg)
			}
		}
	}
	r.names = NewNames(paths)
}

// At reports message at pos, once.
func (r *Reporter) At(pos token.Pos, message string, related ...analysis.RelatedInformation) {
	var shorten func(string) string
	if r.names != nil {
		shorten = r.names.Shorten
	}
	message = render(message, shorten)
	key := r.pass.Fset.Position(pos).String() + message
	if r.seen[key] || r.Suppressed(pos) {
		return
	}
	r.seen[key] = true
	r.pass.Report(analysis.Diagnostic{Pos: pos, Message: message, Related: related})
}

// ImportPos returns the position of the analyzed package's import of
// the first of the paths it imports, or of its package clause: where a
// whole-program check in package main reports on other packages, as a
// diagnostic can only point into the package being analyzed.
func ImportPos(pass *analysis.Pass, paths ...string) token.Pos {
	for _, path := range paths {
		for _, f := range pass.Files {
			for _, imp := range f.Imports {
				if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == path {
					return imp.Pos()
				}
			}
		}
	}
	return pass.Files[0].Package
}
