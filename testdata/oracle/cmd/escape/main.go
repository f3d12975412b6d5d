// Command escape imports ex/escape/b, ex/escape/b-c and ex/escape/b.c,
// whose init tasks are ordered by their escaped symbol names.
package main

import (
	"ex/escape/b"
	b_c "ex/escape/b-c"
	"ex/escape/b.c"
)

func main() { println(b.Ran, b_c.Ran, bc.Ran) }
