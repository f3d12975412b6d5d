package linksym

import "testing"

func TestPrefix(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"ex/a/b.c", "ex/a/b%2ec"},
		{"ex/a/b-c", "ex/a/b-c"},
		{"gopkg.in/yaml.v3", "gopkg.in/yaml%2ev3"},
		{"example.com/x", "example.com/x"}, // dots before the last slash stay
		{"a b%\"\x7f/é", "a%20b%25%22%7f/%c3%a9"},
		{"main", "main"},
	} {
		if got := Prefix(tc.path); got != tc.want {
			t.Errorf("Prefix(%q) = %q, want %q", tc.path, got, tc.want)
		}
		if back, err := Path(tc.want); err != nil || back != tc.path {
			t.Errorf("Path(%q) = %q, %v; want %q", tc.want, back, err, tc.path)
		}
	}
}

// TestPrefixOrder checks the order the linker's heap sees: escaping
// makes "b.c" sort before "b-c" and "b", unlike a plain string sort.
func TestPrefixOrder(t *testing.T) {
	paths := []string{"ex/a/b.c", "ex/a/b-c", "ex/a/b"}
	for i := 1; i < len(paths); i++ {
		a, b := Prefix(paths[i-1])+"..inittask", Prefix(paths[i])+"..inittask"
		if a >= b {
			t.Errorf("%s >= %s", a, b)
		}
	}
}

func TestPath(t *testing.T) {
	for _, tc := range []struct{ prefix, want string }{
		{"%2E", "."},
		{"x/a%20b%25%22%7f", "x/a b%\"\x7f"},
	} {
		got, err := Path(tc.prefix)
		if err != nil || got != tc.want {
			t.Errorf("Path(%q) = %q, %v; want %q", tc.prefix, got, err, tc.want)
		}
	}
	for _, prefix := range []string{"a%", "a%2", "a%zz", "a%2g/b", "%-1", "%+1"} {
		if got, err := Path(prefix); err == nil {
			t.Errorf("Path(%q) = %q, want an error", prefix, got)
		}
	}
}
