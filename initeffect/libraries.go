package initeffect

// The libraries whose registries the model keys by what their calls
// register: the Prometheus Go client's default registry, by metric
// name, and protobuf's global registry of files, by path and by the
// full names the files declare.

// PrometheusPkg and PromautoPkg are the Prometheus Go client's packages.
const (
	PrometheusPkg = "github.com/prometheus/client_golang/prometheus"
	PromautoPkg   = PrometheusPkg + "/promauto"
)

// promMetrics names the functions that make a metric from options
// (their first argument) in prometheus and promauto; promauto's also
// register it on the default registry.
var promMetrics = map[string]bool{
	"NewCounter": true, "NewCounterVec": true, "NewCounterFunc": true,
	"NewGauge": true, "NewGaugeVec": true, "NewGaugeFunc": true,
	"NewHistogram": true, "NewHistogramVec": true,
	"NewSummary": true, "NewSummaryVec": true,
	"NewUntypedFunc": true,
}

// IsPromMetric reports whether the function of prometheus or promauto
// with this name makes a metric from options (promMetrics).
func IsPromMetric(name string) bool { return promMetrics[name] }

// PromRegistry is the Prometheus client's default registry, keyed by
// metric name.
var PromRegistry = VarKey{Pkg: PrometheusPkg, Name: "default registry", Registry: true}

// ProtoBuild is the method generated .pb.go files call in init
// (protoimpl.TypeBuilder{…}.Build()) to register their file in
// protoregistry.GlobalFiles.
const ProtoBuild = "(google.golang.org/protobuf/internal/filetype.Builder).Build"

// protoregistryPkg is protobuf's package of global registries.
const protoregistryPkg = "google.golang.org/protobuf/reflect/protoregistry"

// The state protoregistry.GlobalFiles keeps: files by path, and the
// declarations of all files by full name.
var (
	ProtoFiles = VarKey{Pkg: protoregistryPkg, Name: "GlobalFiles", Registry: true}
	ProtoNames = VarKey{Pkg: protoregistryPkg, Name: "GlobalFiles names", Registry: true}
)
