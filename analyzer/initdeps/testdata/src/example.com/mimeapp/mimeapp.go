package main

import (
	"fmt"
	"mime"

	_ "example.com/amimer" // want `the init of example.com/amimer reads mime's extension types(\[[^]]*\])? \(amimer.init → mime.TypeByExtension\) before the init of example.com/mimew writes it.*; 2 unrelated packages write it`
	_ "example.com/mimew"
	_ "example.com/mimew2" // want `the inits of example.com/mimew and example.com/mimew2 both write mime's extension types\["\.fake"\] \(mimew.init → mime.AddExtensionType; mimew2.init → mime.AddExtensionType\): unrelated, so only the linker's order makes example.com/mimew2's value stay; import example.com/mimew from example.com/mimew2 to keep it so`
	_ "example.com/okmimer"
	_ "example.com/zmimer" // want `the init of example.com/zmimer reads mime's extension types(\[[^]]*\])? \(zmimer.init → mime.TypeByExtension\) after the init of example.com/mimew writes it.* only by the linker's order`
)

func main() { fmt.Println("fake:", mime.TypeByExtension(".fake")) }
