// Package posn orders "file:line:col" position strings the way people
// read them: by file name, then numerically by line and column.
package posn

import (
	"strconv"
	"strings"
)

// Less reports whether position a comes before position b.
func Less(a, b string) bool {
	fa, la, ca := split(a)
	fb, lb, cb := split(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return ca < cb
}

// split separates the file name from up to two trailing numbers.
func split(pos string) (file string, line, col int) {
	parts := strings.Split(pos, ":")
	for i := 0; i < 2 && len(parts) > 1; i++ {
		n, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			break
		}
		line, col = n, line
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, ":"), line, col
}
