package initflag_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initflag"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initflag.Analyzer, "example.com/early", "example.com/late", "example.com/opts", "example.com/lazyflags", "example.com/eagerflags")
}
