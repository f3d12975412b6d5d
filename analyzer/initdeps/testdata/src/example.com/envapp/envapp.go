package main

import (
	_ "example.com/aenvr"    // want `the init of aenvr reads os's environment(\[[^]]*\])? \(aenvr.init → os.Getenv\) before the init of envw writes it`
	_ "example.com/aenvwrap" // want `the init of aenvwrap reads os's environment\["APP_MODE"\] \(var Fast initializer → aenvwrap.mode → envlib.Bool → envlib.Get → os.Getenv\) before the init of envw writes it`
	_ "example.com/benvwrap"
	_ "example.com/cenvall" // want `the init of cenvall reads os's environment \(var Env initializer → os.Environ\) before the init of envw writes it`
	_ "example.com/denvcomputed"
	_ "example.com/envw"
	_ "example.com/envw2"
	_ "example.com/okenvr"
	_ "example.com/zenvr" // want `the init of zenvr reads os's environment(\[[^]]*\])? \(zenvr.init → os.Getenv\) after the init of envw writes it.* only by the linker's order`
)

func main() {}
