// Package bc has init work; its path needs escaping rules.
package bc

var Seen = map[string]bool{"b-c": true}
