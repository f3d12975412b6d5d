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
	for _, bad := range []map[string]any{
		{"enable": []string{"nosuch"}},
		{"mainthread": []string{"nopackage"}},
		{"registries": []map[string]any{{"func": "example.com/codec.Lookup"}}},
		{"unknownkey": true},
	} {
		if _, err := New(bad); err == nil || !strings.HasPrefix(err.Error(), "initvet: ") && !strings.Contains(err.Error(), "unknownkey") {
			t.Errorf("New(%v) succeeded, want an error", bad)
		}
	}
}
