package report

import (
	"slices"
	"strings"
)

// Names shortens the package paths a message names to the shortest
// suffix of whole path elements that no other package of the program
// ends with: github.com/coredns/coredns/plugin/pprof is "plugin/pprof"
// beside net/http/pprof, example.com/app/config is "config". Messages
// stay short; the related information keeps the full paths.
type Names struct {
	paths []string // longest first
	short map[string]string
}

// NewNames returns the short names of the packages paths lists.
func NewNames(paths []string) *Names {
	n := &Names{paths: slices.Clone(paths), short: map[string]string{}}
	slices.SortFunc(n.paths, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	n.paths = slices.Compact(n.paths)
	// How many packages each suffix of whole path elements ends.
	count := map[string]int{}
	for _, p := range n.paths {
		for _, suffix := range suffixes(p) {
			count[suffix]++
		}
	}
	for _, p := range n.paths {
		for _, suffix := range suffixes(p) {
			if count[suffix] == 1 {
				n.short[p] = suffix
				break
			}
		}
	}
	return n
}

// suffixes returns the suffixes of whole elements of path, shortest
// first: for "a/b/c", "c", "b/c" and "a/b/c".
func suffixes(path string) []string {
	var out []string
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			out = append(out, path[i+1:])
		}
	}
	return append(out, path)
}

// Shorten writes each package path in message by its short name, where
// the path stands alone: not inside a longer path.
func (n *Names) Shorten(message string) string {
	for _, p := range n.paths {
		short := n.short[p]
		if short == "" || short == p || !strings.Contains(message, p) {
			continue
		}
		var b strings.Builder
		rest := message
		for {
			i := strings.Index(rest, p)
			if i < 0 {
				b.WriteString(rest)
				break
			}
			end := i + len(p)
			alone := (i == 0 || !pathByte(rest[i-1])) && (end == len(rest) || !pathByte(rest[end]) || rest[end] == '.')
			b.WriteString(rest[:i])
			if alone {
				b.WriteString(short)
			} else {
				b.WriteString(p)
			}
			rest = rest[end:]
		}
		message = b.String()
	}
	return message
}

// pathByte reports whether c can be part of an import path.
func pathByte(c byte) bool {
	return c == '/' || c == '.' || c == '-' || c == '_' || c == '~' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
