package initgo_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initgo"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	wanttest.Run(t, analysistest.TestData(), initgo.Analyzer,
		"example.com/cache", "example.com/warm", "example.com/chans", "example.com/racemain", "example.com/twolibs", "example.com/logger", "example.com/logmain", "example.com/svcuser", "example.com/svcquiet", "example.com/fatalmain", "example.com/fatalishmain")
}
