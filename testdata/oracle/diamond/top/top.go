// Package top is the head of a diamond: it imports zleft and aright,
// which both import base.
//
// oracle: runs
package top

import (
	"ex/diamond/aright"
	"ex/diamond/zleft"
)

var Sum = zleft.N + aright.N

func init() { Sum++ }
