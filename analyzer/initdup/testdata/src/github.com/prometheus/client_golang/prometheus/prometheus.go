// Package prometheus is a stand-in for the Prometheus Go client: the
// API that registers metrics, and a registry that panics on a metric
// name registered twice, as the real one does.
package prometheus

// Collector is a metric, or a set of them.
type Collector interface{ FQName() string }

// Opts describes a metric.
type Opts struct {
	Namespace, Subsystem, Name, Help string
	ConstLabels                      map[string]string
}

// CounterOpts describes a counter.
type CounterOpts Opts

// Counter counts.
type Counter interface {
	Collector
	Inc()
}

type counter struct{ fqName string }

func (c *counter) FQName() string { return c.fqName }
func (c *counter) Inc()           {}

// BuildFQName joins the non-empty parts of a metric's name.
func BuildFQName(namespace, subsystem, name string) string {
	out := ""
	for _, p := range []string{namespace, subsystem, name} {
		if p != "" {
			if out != "" {
				out += "_"
			}
			out += p
		}
	}
	return out
}

// NewCounter makes a counter.
func NewCounter(opts CounterOpts) Counter {
	return &counter{BuildFQName(opts.Namespace, opts.Subsystem, opts.Name)}
}

// Registry holds metrics by name.
type Registry struct{ names map[string]bool }

// NewRegistry makes an empty registry.
func NewRegistry() *Registry { return &Registry{names: map[string]bool{}} }

// MustRegister registers the collectors, and panics on a name taken.
func (r *Registry) MustRegister(cs ...Collector) {
	for _, c := range cs {
		if r.names[c.FQName()] {
			panic("duplicate metrics collector registration attempted")
		}
		r.names[c.FQName()] = true
	}
}

// DefaultRegisterer is the default registry.
var DefaultRegisterer = NewRegistry()

// MustRegister registers the collectors on the default registry.
func MustRegister(cs ...Collector) { DefaultRegisterer.MustRegister(cs...) }
