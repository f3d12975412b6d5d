package summary

import (
	"go/constant"
	"go/token"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/ssa"
)

// promRegistered returns the metrics a call that fills the default
// Prometheus registry registers: promauto's constructors register the
// metric their options describe, prometheus.MustRegister the metrics
// its arguments are, when each was made from constant options by a
// constructor here or in a package variable's initializer. ok is false
// when any of them cannot be told.
func (s *summarizer) promRegistered(name string, args []ssa.Value) (metrics []promMetric, ok bool) {
	if strings.HasPrefix(name, initeffect.PromautoPkg+".") {
		if len(args) == 0 {
			return nil, false
		}
		m, ok := promOptions(args[0], strings.HasSuffix(name, "Vec"))
		return []promMetric{m}, ok
	}
	if len(args) != 1 {
		return nil, false
	}
	slice, ok := args[0].(*ssa.Slice)
	if !ok {
		return nil, false
	}
	array, ok := slice.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	for _, ref := range *array.Referrers() {
		elem, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, ref := range *elem.Referrers() {
			store, ok := ref.(*ssa.Store)
			if !ok || store.Addr != elem {
				continue
			}
			m, ok := s.promCollector(store.Val)
			if !ok {
				return nil, false
			}
			metrics = append(metrics, m)
		}
	}
	return metrics, len(metrics) > 0
}

// promMetric is a metric the default registry keys by its
// fully-qualified name; help is its help string, "" for a vector,
// whose label names count too.
type promMetric struct {
	fqName, help string
}

// promCollector returns the metric a value passed to MustRegister is:
// a constructor's result, or a package variable of the package that a
// constructor's result initializes.
func (s *summarizer) promCollector(v ssa.Value) (promMetric, bool) {
	switch conv := v.(type) {
	case *ssa.MakeInterface:
		v = conv.X
	case *ssa.ChangeInterface:
		v = conv.X
	}
	if load, ok := v.(*ssa.UnOp); ok {
		g, ok := load.X.(*ssa.Global)
		if !ok || g.Pkg != s.pkg {
			return promMetric{}, false
		}
		v = s.initialValue(g)
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return promMetric{}, false
	}
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != initeffect.PrometheusPkg || !initeffect.PromMetrics[callee.Name()] || len(call.Call.Args) == 0 {
		return promMetric{}, false
	}
	return promOptions(call.Call.Args[0], strings.HasSuffix(callee.Name(), "Vec"))
}

// initialValue returns the value the package's init function stores
// in g, when g is stored once there and nowhere else matters: a
// package variable's initializer.
func (s *summarizer) initialValue(g *ssa.Global) ssa.Value {
	init := s.pkg.Func("init")
	if init == nil {
		return nil
	}
	var val ssa.Value
	for _, b := range init.Blocks {
		for _, instr := range b.Instrs {
			if store, ok := instr.(*ssa.Store); ok && store.Addr == g {
				if val != nil {
					return nil
				}
				val = store.Val
			}
		}
	}
	return val
}

// promOptions returns the metric that options made by a composite
// literal describe: its fully-qualified name, Namespace_Subsystem_Name
// as prometheus.BuildFQName joins the non-empty ones, and its help.
// Options with constant labels are not told: the registry keys those
// by the labels' values too.
func promOptions(v ssa.Value, vec bool) (promMetric, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return promMetric{}, false
	}
	if _, ok := load.X.(*ssa.Alloc); !ok {
		return promMetric{}, false
	}
	if _, labels := storedField(load.X, "ConstLabels"); labels {
		return promMetric{}, false
	}
	fields := map[string]string{}
	for _, f := range []string{"Namespace", "Subsystem", "Name", "Help"} {
		val, set := storedField(load.X, f)
		if !set {
			continue
		}
		c, ok := val.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			return promMetric{}, false
		}
		fields[f] = constant.StringVal(c.Value)
	}
	if fields["Name"] == "" {
		return promMetric{}, false
	}
	var parts []string
	for _, f := range []string{"Namespace", "Subsystem", "Name"} {
		if fields[f] != "" {
			parts = append(parts, fields[f])
		}
	}
	m := promMetric{fqName: strings.Join(parts, "_"), help: fields["Help"]}
	if vec {
		m.help = ""
	}
	return m, true
}

// promEffects records a registration on the default Prometheus
// registry: a write per metric, keyed by its name, with its help
// string as the value, or one write of a metric named at run time.
func (sc *scanner) promEffects(n *fnode, eff initeffect.Effect, name string, args []ssa.Value, pos token.Pos) {
	metrics, ok := sc.s.promRegistered(name, args)
	if !ok {
		v := *eff.Var
		v.Dynamic, eff.Var = true, &v
		sc.effect(n, eff, pos)
		return
	}
	for _, m := range metrics {
		e := eff
		v := *eff.Var
		v.Key, e.Var = m.fqName, &v
		if m.help != "" {
			e.Value, e.ValueText = "help:"+m.help, m.help
		}
		sc.effect(n, e, pos)
	}
}
