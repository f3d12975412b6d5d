package regkey

import (
	"go/constant"
	"go/token"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// PromRegistered returns the metrics a call that fills the default
// Prometheus registry registers: promauto's constructors register the
// metric their options describe, prometheus.MustRegister the metrics
// its arguments are, when each was made from constant options by a
// constructor here or in a package variable's initializer. ok is false
// when any of them cannot be told.
func PromRegistered(pkg *ssa.Package, name string, args []ssa.Value) (metrics []PromMetric, ok bool) {
	if strings.HasPrefix(name, initeffect.PromautoPkg+".") {
		if len(args) == 0 {
			return nil, false
		}
		m, ok := promOptions(args[0], strings.HasSuffix(name, "Vec"))
		return []PromMetric{m}, ok
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
			m, ok := promCollector(pkg, store.Val)
			if !ok {
				return nil, false
			}
			metrics = append(metrics, m)
		}
	}
	return metrics, len(metrics) > 0
}

// PromMetric is a metric the default registry keys by its
// fully-qualified name; help is its help string, "" for a vector,
// whose label names count too.
type PromMetric struct {
	FqName, Help string
}

// promCollector returns the metric a value passed to MustRegister is:
// a constructor's result, or a package variable of the package that a
// constructor's result initializes.
func promCollector(pkg *ssa.Package, v ssa.Value) (PromMetric, bool) {
	switch conv := v.(type) {
	case *ssa.MakeInterface:
		v = conv.X
	case *ssa.ChangeInterface:
		v = conv.X
	}
	if load, ok := v.(*ssa.UnOp); ok {
		g, ok := load.X.(*ssa.Global)
		if !ok || g.Pkg != pkg {
			return PromMetric{}, false
		}
		v = ssavalue.InitialValue(g)
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return PromMetric{}, false
	}
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != initeffect.PrometheusPkg || !initeffect.IsPromMetric(callee.Name()) || len(call.Call.Args) == 0 {
		return PromMetric{}, false
	}
	return promOptions(call.Call.Args[0], strings.HasSuffix(callee.Name(), "Vec"))
}

// promOptions returns the metric that options made by a composite
// literal describe: its fully-qualified name, Namespace_Subsystem_Name
// as prometheus.BuildFQName joins the non-empty ones, and its help.
// Options with constant labels are not told: the registry keys those
// by the labels' values too.
func promOptions(v ssa.Value, vec bool) (PromMetric, bool) {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return PromMetric{}, false
	}
	if _, ok := load.X.(*ssa.Alloc); !ok {
		return PromMetric{}, false
	}
	if _, labels := ssavalue.StoredField(load.X, "ConstLabels"); labels {
		return PromMetric{}, false
	}
	fields := map[string]string{}
	for _, f := range []string{"Namespace", "Subsystem", "Name", "Help"} {
		val, set := ssavalue.StoredField(load.X, f)
		if !set {
			continue
		}
		c, ok := val.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			return PromMetric{}, false
		}
		fields[f] = constant.StringVal(c.Value)
	}
	if fields["Name"] == "" {
		return PromMetric{}, false
	}
	var parts []string
	for _, f := range []string{"Namespace", "Subsystem", "Name"} {
		if fields[f] != "" {
			parts = append(parts, fields[f])
		}
	}
	m := PromMetric{FqName: strings.Join(parts, "_"), Help: fields["Help"]}
	if vec {
		m.Help = ""
	}
	return m, true
}
