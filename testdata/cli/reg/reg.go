// Package reg has a registry filled at init.
package reg

var Formats = map[string]int{"png": 1}

var count = len(Formats)

func init() {
	Formats["gif"] = count
}
