package initeffect

import "testing"

func TestSplitFunc(t *testing.T) {
	for _, tc := range []struct{ in, pkg, name string }{
		{"example.com/gui.Show", "example.com/gui", "Show"},
		{"example.com/gui.(*Window).Close", "example.com/gui", "(*Window).Close"},
		{"gopkg.in/x.v2/y.F", "gopkg.in/x.v2/y", "F"},
	} {
		pkg, name, ok := SplitFunc(tc.in)
		if !ok || pkg != tc.pkg || name != tc.name {
			t.Errorf("SplitFunc(%q) = %q, %q, %v; want %q, %q", tc.in, pkg, name, ok, tc.pkg, tc.name)
		}
	}
	if _, _, ok := SplitFunc("nopackage"); ok {
		t.Errorf("SplitFunc(%q) succeeded", "nopackage")
	}
}

func TestNewModel(t *testing.T) {
	m, err := NewModel(Config{MainThread: []string{"example.com/gui.(*Window).Show"}, Registries: []Registry{{Func: "example.com/codec.Register", Registry: "codecs", Write: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if state, write, ok := m.RegistryAccess("example.com/codec.Register"); !ok || !write || state.Pkg != "example.com/codec" {
		t.Errorf("RegistryAccess = %+v, %v, %v", state, write, ok)
	}
	if _, _, ok := DefaultModel.RegistryAccess("example.com/codec.Register"); ok {
		t.Errorf("NewModel changed the default model")
	}
	for _, bad := range []Config{{MainThread: []string{"nopackage"}}, {Registries: []Registry{{Func: "example.com/codec.Lookup"}}}} {
		if _, err := NewModel(bad); err == nil {
			t.Errorf("NewModel(%+v) succeeded", bad)
		}
	}
}

func TestParseRegistry(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Registry
	}{
		{"write:example.com/codec.Register=codecs", Registry{Func: "example.com/codec.Register", Registry: "codecs", Write: true}},
		{"read:example.com/codec.(*R).Lookup(2)=codecs", Registry{Func: "example.com/codec.(*R).Lookup", Registry: "codecs", Key: 2}},
		{"write:example.com/mods.Register(1)=modules:panic", Registry{Func: "example.com/mods.Register", Registry: "modules", Write: true, Key: 1, Duplicate: DuplicatePanics}},
		{"write:example.com/c.Set(1)=conf:first-wins", Registry{Func: "example.com/c.Set", Registry: "conf", Write: true, Key: 1, Duplicate: DuplicateFirstWins}},
	} {
		got, err := ParseRegistry(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseRegistry(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
		if got.String() != tc.in {
			t.Errorf("%+v.String() = %q, want %q", got, got.String(), tc.in)
		}
	}
	for _, bad := range []string{"write:example.com/m.R=mods:twice", "write:example.com/m.R=:panic", "update:example.com/m.R=mods", "write:example.com/m.R"} {
		if r, err := ParseRegistry(bad); err == nil {
			t.Errorf("ParseRegistry(%q) = %+v, want an error", bad, r)
		}
	}
	m, err := NewModel(Config{Registries: []Registry{{Func: "example.com/mods.Register", Registry: "modules", Write: true, Key: 1, Duplicate: DuplicateOverwrite}}})
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := m.KeyArg("example.com/mods.Register"); !ok || i != 0 {
		t.Errorf("keyArg = %d, %v; want argument 0", i, ok)
	}
	if rule, _ := m.Duplicate(VarKey{Pkg: "example.com/mods", Name: "modules", Registry: true, Key: "x"}); rule != DuplicateOverwrite {
		t.Errorf("Duplicate = %q, want overwrite", rule)
	}
	if _, err := NewModel(Config{Registries: []Registry{{Func: "example.com/mods.Register", Registry: "modules", Duplicate: "twice"}}}); err == nil {
		t.Errorf("NewModel accepted duplicate rule %q", "twice")
	}
}
