package main

import (
	_ "example.com/aexpvarr" // want `the init of aexpvarr reads expvar's published variables(\[[^]]*\])? \(aexpvarr.init → expvar.Get\) before the init of expvarw writes it`
	_ "example.com/expvarw"
	_ "example.com/okexpvarr"
	_ "example.com/zexpvarr" // want `the init of zexpvarr reads expvar's published variables(\[[^]]*\])? \(zexpvarr.init → expvar.Get\) after the init of expvarw writes it.* only by the linker's order`
)

func main() {}
