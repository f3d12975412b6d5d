package analyzer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/wanttest"
	"golang.org/x/tools/go/analysis/analysistest"
)

// customModel names registries kept in sync.Maps (one keyed by its
// first argument, panicking on a duplicate) and a main-thread-only
// function without a marker (testdata/src/example.com).
var customModel = initeffect.Config{
	MainThread: []string{"example.com/gui.Show"},
	Registries: []initeffect.Registry{
		{Func: "example.com/codec.Register", Registry: "codecs", Write: true},
		{Func: "example.com/codec.Lookup", Registry: "codecs"},
		{Func: "example.com/modreg.Register", Registry: "modules", Write: true, Key: 1, Duplicate: initeffect.DuplicatePanics},
	},
}

// TestCustomModel runs the analyzers that analyzer.New makes over a
// configured model on a corpus whose findings exist only with the
// configuration, then those of All (the built-in model), which must
// miss every one of them and report nothing else.
func TestCustomModel(t *testing.T) {
	custom, err := analyzer.New(customModel)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{"initdeps": "example.com/app", "initthread": "example.com/appgui", "initdup": "example.com/modapp"}
	for _, a := range custom {
		if pkg, ok := cases[a.Name]; ok {
			wanttest.Run(t, analysistest.TestData(), a, pkg)
		}
	}
	for _, a := range analyzer.All() {
		pkg, ok := cases[a.Name]
		if !ok {
			continue
		}
		rec := &recorder{}
		wanttest.Run(rec, analysistest.TestData(), a, pkg)
		if len(rec.errs) == 0 {
			t.Errorf("%s with the built-in model found what the configuration describes", a.Name)
		}
		for _, e := range rec.errs {
			if !strings.Contains(e, "no diagnostic was reported matching") {
				t.Errorf("%s with the built-in model: %s", a.Name, e)
			}
		}
	}
	if _, err := analyzer.New(initeffect.Config{MainThread: []string{"nopackage"}}); err == nil {
		t.Errorf("analyzer.New accepted a main-thread function without a package")
	}
}

// recorder collects what analysistest would report as test failures.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
