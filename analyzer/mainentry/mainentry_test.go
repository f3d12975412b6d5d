package mainentry_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/mainentry"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mainentry.Analyzer, "example.com/clib", "example.com/cokay")
}
