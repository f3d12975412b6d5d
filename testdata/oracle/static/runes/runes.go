// Package runes converts constant strings to rune slices: the type
// checker rewrites each into a slice literal of its runes
// (typecheck.stringtoruneslit), which is data, and so is a copy of it.
//
// oracle: no init
package runes

// Alphabet is a rune slice literal in disguise.
var Alphabet = []rune("abcdé")

// Copy copies it.
var Copy = Alphabet
