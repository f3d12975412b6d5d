package initorder_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initorder"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initorder.Analyzer, "example.com/hidden", "example.com/fine")
}
