// Command app links its own package mine, one of its workspace's other
// module lib, and two of a dependency module, whose inits reach exits
// in that module's code.
package main

import (
	_ "example.com/aaa/other"
	_ "example.com/aaa/thirdparty"
	_ "example.com/app/mine"
	_ "example.com/lib/setup"
)

func main() {}
