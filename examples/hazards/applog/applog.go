// Package applog is the application's logger.
package applog

import "flag"

// Verbose turns on debug logging.
var Verbose = flag.Bool("v", false, "log debug messages")
