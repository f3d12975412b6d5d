package initfacts

import (
	"go/ast"
	"go/token"

	"github.com/initvet/initvet/analyzer/internal/ignore"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/initeffect/summary"
	"golang.org/x/tools/go/analysis"
)

// Exit is an exit (os.Exit and the like, or runtime.Goexit) in another
// package's code that the inits of a package reach: package main's pass
// reports it once for every package whose init reaches it.
type Exit struct {
	// Effect is the exit with its chain from the first entry that
	// reaches it: the functions, with the positions of the steps in the
	// package's code and of the last, the exit.
	Effect initeffect.Effect
	// Leave is where the package's code leaves for the exit, as
	// "file:line:col": the call of its own that reaches the exit.
	Leave string
	// Entries are the package's initializers and init functions that
	// reach it, each the first step of its chain.
	Entries []initeffect.Site
	// Ignored are the analyzers that an //initvet:ignore directive of
	// the package at Leave names.
	Ignored []string
}

// OutsideKey is the root cause an effect in another package's code is,
// wherever a package's code reaches it from: what happens, in which
// function, where (the last step of its chain).
func OutsideKey(e initeffect.Effect) string {
	last := e.Chain[len(e.Chain)-1]
	return string(e.Kind) + "\x00" + e.Name + "\x00in " + last.Func + " " + last.Pos
}

// InFiles reports whether pos lies in one of files: a driver that
// shares one file set between packages (the standalone checker) gives
// other packages' positions too, which go vet does not, and what a pass
// reports must read the same in both.
func InFiles(files []*ast.File, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return true
		}
	}
	return false
}

// LastIn returns the position of the last step of e's chain that lies
// in files, or token.NoPos.
func LastIn(files []*ast.File, e initeffect.Effect) token.Pos {
	for i := len(e.Chain) - 1; i >= 0; i-- {
		if p := e.Chain[i].TokenPos(); InFiles(files, p) {
			return p
		}
	}
	return token.NoPos
}

// outsideExits returns the exits in other packages' code that the
// package's initializers and init functions reach, one per exit.
func outsideExits(pass *analysis.Pass, sum *summary.Summary, ignores []*ignore.Directive) []Exit {
	var out []Exit
	byKey := map[string]int{} // index in out
	for _, it := range sum.Items {
		for _, e := range it.Effects {
			if e.Kind != initeffect.KindExit && e.Kind != initeffect.KindGoexit || len(e.Chain) == 0 {
				continue
			}
			// The steps in the package's code; the last, the exit, must
			// not be one.
			own := make([]bool, len(e.Chain))
			leave := it.Pos()
			for i, s := range e.Chain {
				if own[i] = InFiles(pass.Files, s.TokenPos()); own[i] {
					leave = s.TokenPos()
				}
			}
			if own[len(own)-1] {
				continue
			}
			entry := initeffect.Site{Func: e.Chain[0].Func, Pos: e.Chain[0].Pos}
			key := OutsideKey(e)
			if i, ok := byKey[key]; ok {
				out[i].Entries = append(out[i].Entries, entry)
				continue
			}
			posn := pass.Fset.Position(leave)
			var ignored []string
			for _, d := range ignores {
				if d.At(posn) {
					ignored = append(ignored, d.Analyzers...)
				}
			}
			chain := make([]initeffect.Site, len(e.Chain))
			for i, s := range e.Chain {
				chain[i] = initeffect.Site{Func: s.Func}
				if i == len(chain)-1 || own[i] {
					chain[i].Pos = s.Pos
				}
			}
			byKey[key] = len(out)
			out = append(out, Exit{
				Effect:  initeffect.Effect{Kind: e.Kind, Name: e.Name, Conditional: e.Conditional, Chain: chain},
				Leave:   posn.String(),
				Entries: []initeffect.Site{entry},
				Ignored: ignored,
			})
		}
	}
	return out
}
