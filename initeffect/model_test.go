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
	if r, ok := m.registry("example.com/codec.Register"); !ok || !r.write || r.pkg != "example.com/codec" {
		t.Errorf("registry = %+v, %v", r, ok)
	}
	if _, ok := DefaultModel.registry("example.com/codec.Register"); ok {
		t.Errorf("NewModel changed the default model")
	}
	for _, bad := range []Config{{MainThread: []string{"nopackage"}}, {Registries: []Registry{{Func: "example.com/codec.Lookup"}}}} {
		if _, err := NewModel(bad); err == nil {
			t.Errorf("NewModel(%+v) succeeded", bad)
		}
	}
}
