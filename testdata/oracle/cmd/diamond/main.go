// Command diamond runs a diamond of imports (top -> zleft, aright ->
// base) beside an unrelated package mid.
package main

import (
	"ex/diamond/mid"
	"ex/diamond/top"
)

func main() { println(top.Sum, mid.N) }
