// Package b has init work; its path needs escaping rules.
package b

var Seen = map[string]bool{"b": true}
