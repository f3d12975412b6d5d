package posn

import "testing"

func TestLess(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"a.go:2:1", "a.go:10:1", true},
		{"a.go:10:1", "a.go:2:1", false},
		{"a.go:3:9", "a.go:3:10", true},
		{"a.go:99:1", "b.go:1:1", true},
		{"C:/x/a.go:1:2", "C:/x/a.go:1:3", true},
		{"a.go:5", "a.go:12", true},
		{"-", "a.go:1:1", true},
	} {
		if got := Less(tc.a, tc.b); got != tc.want {
			t.Errorf("Less(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
