package initexit_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initexit"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initexit.Analyzer, "example.com/exits", "example.com/quiet", "example.com/ignored", "example.com/calls", "example.com/callsquiet", "example.com/actquiet", "example.com/actuser", "example.com/metricuser", "example.com/lazyquit", "example.com/eagerquit", "example.com/rounds")
}
