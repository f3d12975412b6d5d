// Package denvcomputed reads an environment variable whose name it
// computes at run time: an entry named at run time is not taken to be
// the one another init names with a constant.
package denvcomputed

import (
	"os"
	"strings"
)

// Color is read during init.
var Color = os.Getenv(strings.ToUpper("app_color"))
