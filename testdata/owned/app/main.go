// Command app links its own package mine and two of another module,
// whose inits reach exits in that module's code.
package main

import (
	_ "example.com/aaa/other"
	_ "example.com/aaa/thirdparty"
	_ "example.com/app/mine"
)

func main() {}
