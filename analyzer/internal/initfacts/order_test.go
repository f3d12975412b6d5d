package initfacts_test

import (
	"os"
	"testing"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/realprog"
	"github.com/initvet/initvet/internal/tracetest"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestFactOrder requires the schedule that the analyzers compute from
// facts, package by package as go vet does, to equal the whole-program
// model's, which the oracle tests hold to the runtime's init trace. It
// uses cmd/go, with INITVET_REAL=1 the four real programs, and with
// INITVET_UNSEEN=1 too the nine unseen ones and the cgo one.
func TestFactOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("loads whole programs")
	}
	type program struct{ name, dir, pkg string }
	programs := []program{{"cmd/go", "", "cmd/go"}}
	if os.Getenv("INITVET_REAL") == "1" {
		for _, p := range realprog.OrderSample() {
			dir, err := p.Prepare(false)
			if err != nil {
				t.Fatal(err)
			}
			programs = append(programs, program{p.Name, dir, p.Pkg})
		}
	}
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			prog, err := inittask.Load(inittask.Config{Dir: p.dir, BuildMode: inittask.ModeExe}, p.pkg)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, q := range prog.Schedule {
				want = append(want, q.Path)
			}
			pkgs, err := packages.Load(&packages.Config{Mode: inittask.LoadMode, Dir: p.dir}, p.pkg)
			if err != nil || len(pkgs) != 1 {
				t.Fatalf("load %s: %v", p.pkg, err)
			}
			graph, err := checker.Analyze([]*analysis.Analyzer{initfacts.Analyzer}, pkgs, &checker.Options{})
			if err != nil {
				t.Fatal(err)
			}
			compared := 0
			for act := range graph.All() {
				if act.IsRoot {
					got := act.Result.(*initfacts.Result).Order()
					if diff := tracetest.Diff(want, got); diff != "" {
						t.Errorf("schedule from facts (right) differs from the whole-program model (left):\n%s", diff)
					}
					compared++
				}
			}
			if compared != 1 || len(want) == 0 {
				t.Fatalf("%s: compared %d schedules of %d packages; want one, not empty", p.pkg, compared, len(want))
			}
			t.Logf("%s: %d packages with init tasks", p.pkg, len(want))
		})
	}
}
