// Package tracing records request traces.
package tracing

import "flag"

// Verbose prints every span.
var Verbose = flag.Bool("v", false, "print spans")
