package report

import "testing"

func TestNames(t *testing.T) {
	n := NewNames([]string{"net/http/pprof", "github.com/x/y/plugin/pprof", "example.com/app/config", "example.com/app", "image", "image/png"})
	for _, c := range []struct{ in, want string }{
		{"the init of github.com/x/y/plugin/pprof writes it", "the init of plugin/pprof writes it"},
		{"net/http/pprof registers", "http/pprof registers"},
		{"reads example.com/app/config.Values[\"k\"] before", "reads config.Values[\"k\"] before"},
		{"import example.com/app/config from example.com/app", "import config from app"},
		{"image's registered image formats; image/png writes", "image's registered image formats; png writes"},
		{"example.com/app/configs is not a program package", "example.com/app/configs is not a program package"},
		{"x/example.com/app stays", "x/example.com/app stays"},
	} {
		if got := n.Shorten(c.in); got != c.want {
			t.Errorf("Shorten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
