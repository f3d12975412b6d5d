package main

import (
	_ "example.com/aexpvarr"
	_ "example.com/expvarw"
	_ "example.com/okexpvarr"
	_ "example.com/zexpvarr"
)

func main() {}
