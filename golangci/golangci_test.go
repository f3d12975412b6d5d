package golangci

import (
	"slices"
	"strings"
	"testing"

	"github.com/initvet/initvet/analyzer"
)

func names(t *testing.T, raw any) []string {
	t.Helper()
	p, err := New(raw)
	if err != nil {
		t.Fatalf("New(%v): %v", raw, err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != "typesinfo" {
		t.Errorf("load mode %q, want typesinfo", p.GetLoadMode())
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestSettings(t *testing.T) {
	if got := names(t, map[string]any{}); len(got) != len(analyzer.All()) {
		t.Errorf("no settings: %v, want all analyzers", got)
	}
	if got := names(t, map[string]any{"enable": []string{"initexit", "initgo"}}); !slices.Equal(got, []string{"initexit", "initgo"}) {
		t.Errorf("enable: got %v", got)
	}
	if got := names(t, map[string]any{"disable": []string{"initflag"}}); slices.Contains(got, "initflag") || len(got) != len(analyzer.All())-1 {
		t.Errorf("disable: got %v", got)
	}
	names(t, map[string]any{
		"mainthread": []string{"example.com/gui.Show", "example.com/gui.(*Window).Close"},
		"registries": []map[string]any{{"func": "example.com/codec.Register", "registry": "codecs", "write": true}},
	})
	for _, c := range []struct {
		settings map[string]any
		want     string // in the error
	}{
		{map[string]any{"enable": []string{"nosuch"}}, `initvet: unknown analyzer "nosuch"`},
		{map[string]any{"mainthread": []string{"nopackage"}}, "initvet: "},
		{map[string]any{"registries": []map[string]any{{"func": "example.com/codec.Lookup"}}}, "initvet: "},
		{map[string]any{"unknownkey": true}, "unknownkey"},
	} {
		if _, err := New(c.settings); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%v) error = %v, want one containing %q", c.settings, err, c.want)
		}
	}
}
