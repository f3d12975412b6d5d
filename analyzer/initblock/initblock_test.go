package initblock_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initblock"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initblock.Analyzer, "example.com/blocks", "example.com/flows")
}
