// Package bc lives at ex/escape/b-c. The linker sorts the
// symbols ex/escape/b%2ec..inittask < ex/escape/b-c..inittask <
// ex/escape/b..inittask: unescaped, b would come before b.c.
//
// oracle: runs
package bc

var Ran bool

func init() { Ran = true }
