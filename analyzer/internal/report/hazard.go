package report

import (
	"go/token"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/posn"
	"golang.org/x/tools/go/analysis"
)

// HazardPos returns where e happens, as far as its chain has a
// position: that of its last step with one, the access or the call
// that leaves its package's code. A step of the package under analysis
// has its token.Pos. A step another package's fact recorded (as
// "file:line:col", see initfacts) is found in the pass's file set, and
// when the driver did not load that file (go vet loads only the files of
// the package under analysis), in a file added to the set for positions
// alone, so that every driver prints the same position. It returns
// token.NoPos when no step has a position.
func (r *Reporter) HazardPos(e initeffect.Effect) token.Pos {
	for i := len(e.Chain) - 1; i >= 0; i-- {
		s := e.Chain[i]
		if s.TokenPos().IsValid() {
			return s.TokenPos()
		}
		if s.Pos != "" {
			return r.Locate(s.Pos)
		}
	}
	return token.NoPos
}

// HazardOr returns where e happens (see HazardPos), or pos when its
// chain has no position.
func (r *Reporter) HazardOr(e initeffect.Effect, pos token.Pos) token.Pos {
	if p := r.HazardPos(e); p.IsValid() {
		return p
	}
	return pos
}

// HazardOrImport returns where e happens (see HazardPos), or main's
// import of the package whose init does it when its chain has no
// position.
func (r *Reporter) HazardOrImport(e initeffect.Effect, pkg string) token.Pos {
	if p := r.HazardPos(e); p.IsValid() {
		return p
	}
	return ImportPos(r.pass, pkg)
}

// AtHazard reports message where the hazard e happens, in another
// package (see HazardPos), or at anchor, a position in the package under
// analysis (main's import that brings the hazard in), when e's chain has
// no position. anchor is the first related position either way, with
// anchorMessage, and an //initvet:ignore comment there suppresses the
// finding as one at the hazard does.
func (r *Reporter) AtHazard(e initeffect.Effect, anchor token.Pos, anchorMessage, message string, related ...analysis.RelatedInformation) {
	if r.Suppressed(anchor) {
		return
	}
	r.At(r.HazardOr(e, anchor), message, append([]analysis.RelatedInformation{{Pos: anchor, Message: anchorMessage}}, related...)...)
}

// Locate returns the position that a "file:line:col" string (a step of
// a chain from another package's fact) names in the pass's file set: in
// a file the driver loaded, or else in one added for positions alone
// (see HazardPos).
func (r *Reporter) Locate(pos string) token.Pos {
	name, line, col := posn.Split(pos)
	if line <= 0 {
		return token.NoPos
	}
	col = max(col, 1)
	if r.files == nil {
		r.files = map[string]*token.File{}
		r.pass.Fset.Iterate(func(f *token.File) bool {
			if _, dup := r.files[f.Name()]; !dup {
				r.files[f.Name()] = f
			}
			return true
		})
	}
	if f := r.files[name]; f != nil && line <= f.LineCount() {
		// A file the driver loaded, or made for positions alone. (An
		// importer's file for the positions of imported objects has
		// lines one byte long, which the column does not fit.)
		if off := f.Offset(f.LineStart(line)) + col - 1; off <= f.Size() {
			if p := f.Pos(off); f.Position(p).Line == line {
				return p
			}
		}
	}
	f := positionsOnly(r.pass.Fset, name, line)
	r.files[name] = f
	return f.Pos((line-1)*lineWidth + min(col, lineWidth) - 1)
}

// lineWidth is the width of the lines of a file made for positions
// alone: columns beyond it show as its last.
const lineWidth = 1 << 12

// positionsOnly adds to fset a file of the given name, with no content
// but lines enough for the given one, each lineWidth bytes long.
func positionsOnly(fset *token.FileSet, name string, lines int) *token.File {
	f := fset.AddFile(name, -1, lines*lineWidth)
	starts := make([]int, lines)
	for i := range starts {
		starts[i] = i * lineWidth
	}
	f.SetLines(starts)
	return f
}
