package summary

import (
	"go/token"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/regkey"
	"golang.org/x/tools/go/ssa"
)

// promEffects records a registration on the default Prometheus
// registry: a write per metric, keyed by its name, with its help
// string as the value, or one write of a metric named at run time.
func (sc *scanner) promEffects(n *fnode, eff initeffect.Effect, name string, args []ssa.Value, pos token.Pos) {
	metrics, ok := regkey.PromRegistered(sc.s.pkg, name, args)
	if !ok {
		v := *eff.Var
		v.Dynamic, eff.Var = true, &v
		sc.effect(n, eff, pos)
		return
	}
	for _, m := range metrics {
		e := eff
		v := *eff.Var
		v.Key, e.Var = m.FqName, &v
		if m.Help != "" {
			e.Value, e.ValueText = "help:"+m.Help, m.Help
		}
		sc.effect(n, e, pos)
	}
}
