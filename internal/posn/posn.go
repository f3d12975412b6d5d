// Package posn orders "file:line:col" position strings the way people
// read them: by file name, then numerically by line and column.
package posn

import (
	"strconv"
	"strings"
)

// Less reports whether position a comes before position b.
func Less(a, b string) bool {
	fa, la, ca := Split(a)
	fb, lb, cb := Split(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return ca < cb
}

// Split separates the file name from the line and column (up to two
// trailing numbers; zero when absent).
func Split(pos string) (file string, line, col int) {
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
