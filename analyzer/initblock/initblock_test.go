package initblock_test

import (
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/tracetest"

	"github.com/initvet/initvet/analyzer/initblock"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), initblock.Analyzer, "example.com/blocks", "example.com/flows",
		"example.com/mainready", "example.com/laterready", "example.com/earlyready")
}

// TestRunDeadlock builds and runs the program whose init waits for
// main.main: the runtime must report the deadlock the finding predicts.
func TestRunDeadlock(t *testing.T) {
	gopath := tracetest.Corpus(t)
	out, err := tracetest.RunGOPATH(t, gopath, "example.com/mainready")
	if err == nil || !strings.Contains(string(out), "all goroutines are asleep - deadlock!") {
		t.Errorf("go run example.com/mainready: %v\n%s\nwant the runtime's deadlock error", err, out)
	}
}
