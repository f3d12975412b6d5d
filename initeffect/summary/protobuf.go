package summary

import (
	"go/token"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/regkey"
	"golang.org/x/tools/go/ssa"
)

// protoEffects records what a generated file's registration writes: its
// path, and the full name of each declaration, with the path as the
// value (a name declared again by the same file is the path's conflict,
// not a second one). A descriptor that is not a constant is a write
// named at run time.
func (sc *scanner) protoEffects(n *fnode, eff initeffect.Effect, recv ssa.Value, pos token.Pos) {
	raw, ok := regkey.RawDescriptor(sc.s.pkg, recv)
	file, names, ok2 := regkey.ParseFileDescriptor(raw)
	if !ok || !ok2 {
		v := *eff.Var
		v.Dynamic, eff.Var = true, &v
		sc.effect(n, eff, pos)
		return
	}
	v := *eff.Var
	v.Key, eff.Var = file, &v
	sc.effect(n, eff, pos)
	for _, name := range names {
		e := eff
		v := initeffect.ProtoNames
		v.Key, e.Var = name, &v
		e.Value, e.ValueText = file, file
		sc.effect(n, e, pos)
	}
}
