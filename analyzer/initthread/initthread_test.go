package initthread_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initthread"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initthread.Analyzer,
		"example.com/gfx", "example.com/ui", "example.com/app", "example.com/lockedapp", "example.com/pinned")
}
