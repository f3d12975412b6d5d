package initexit_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initexit"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	wanttest.Run(t, analysistest.TestData(), initexit.Analyzer, "example.com/exits", "example.com/quiet", "example.com/ignored", "example.com/calls", "example.com/callsquiet",
		"example.com/actquiet", "example.com/actuser", "example.com/metricuser", "example.com/metricjobs", "example.com/exitquiet", "example.com/lazyquit", "example.com/eagerquit",
		"example.com/rounds", "example.com/exitapp", "example.com/metricapp")
}
