// Command relay imports c (work) -> a (no work) -> z (work), and b.
// Without a's empty task, c would run before z.
package main

import (
	"ex/relay/b"
	"ex/relay/c"
)

func main() { println(b.N, c.N) }
