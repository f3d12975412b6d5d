package report

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	long := strings.Repeat("x", 300)
	for _, c := range []struct{ in, want string }{
		{"plain example.com/app/config", "plain config"},
		{"it panics with " + Quote(`pattern "/a" in example.com/app/config`) + " before main.main", `it panics with "pattern \"/a\" in example.com/app/config" before main.main`},
		{"it panics with " + Quote(long) + " before main.main", `it panics with "` + strings.Repeat("x", 200-len(`it panics with "…" before main.main`)) + `…" before main.main`},
		{strings.Repeat("y", 250) + Quote(long), strings.Repeat("y", 250) + `"` + strings.Repeat("x", minQuote) + `…"`},
		{"a " + Quote("é"+long) + " b", "a " + `"é` + strings.Repeat("x", 200-len(`a "é…" b`)) + `…" b`},
	} {
		got := render(c.in, NewNames([]string{"example.com/app/config", "example.com/app"}).Shorten)
		if got != c.want {
			t.Errorf("render(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
		if len(got) > MaxMessage && len(c.in) < 250 {
			t.Errorf("render(%q) is %d bytes, more than %d", c.in, len(got), MaxMessage)
		}
	}
}
