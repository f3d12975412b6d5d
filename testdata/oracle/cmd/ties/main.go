// Command ties imports three unrelated packages in the source order z, a,
// m: the linker runs them in lexical order a, m, z, not in source order.
package main

import (
	"ex/ties/z"

	"ex/ties/a"

	"ex/ties/m"
)

func main() { println(len(z.Order), len(a.Order), len(m.Order)) }
