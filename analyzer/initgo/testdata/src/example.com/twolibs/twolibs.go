package main // want `goroutine started during init of example.com/astarter \(astarter.init → go astarter.init.func1\) reads shared.Counter .* while the init of example.com/zreader \(which runs later in this program only by the linker's lexical order\) writes it`

import (
	_ "example.com/astarter"
	_ "example.com/zreader"
)

func main() {}
