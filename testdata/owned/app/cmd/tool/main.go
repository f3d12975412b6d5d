// Command tool links the same packages as app: the exit their inits
// reach is a finding of both programs, listed once.
package main

import (
	_ "example.com/aaa/thirdparty"
	_ "example.com/app/mine"
)

func main() {}
