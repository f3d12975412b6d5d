package initignore_test

import (
	"testing"

	"github.com/initvet/initvet/analyzer/initignore"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestInitignore(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initignore.Analyzer, "example.com/ignored", "example.com/ignoredmain")
}
