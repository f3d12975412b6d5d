package main

import (
	_ "example.com/amimer" // want `the init of example.com/amimer reads mime's extension types(\[[^]]*\])? \(amimer.init → mime.TypeByExtension\) before the init of example.com/mimew writes it.*; 2 unrelated packages write it`
	_ "example.com/mimew"
	_ "example.com/mimew2"
	_ "example.com/okmimer"
	_ "example.com/zmimer" // want `the init of example.com/zmimer reads mime's extension types(\[[^]]*\])? \(zmimer.init → mime.TypeByExtension\) after the init of example.com/mimew writes it.* only by the linker's order`
)

func main() {}
