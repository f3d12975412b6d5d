package main

import (
	"fmt"
	"mime"

	_ "example.com/amimer" // want `the init of amimer reads mime's extension types(\[[^]]*\])? \(amimer.init → mime.TypeByExtension\) before the init of mimew writes it.*; 2 unrelated packages write it`
	_ "example.com/mimew"
	_ "example.com/mimew2" // want `the inits of mimew and mimew2 both write mime's extension types\["\.fake"\] \(mimew.init → mime.AddExtensionType; mimew2.init → mime.AddExtensionType\): unrelated, so only the linker's order makes mimew2's value stay; import mimew from mimew2 to keep it so`
	_ "example.com/okmimer"
	_ "example.com/zmimer" // want `the init of zmimer reads mime's extension types(\[[^]]*\])? \(zmimer.init → mime.TypeByExtension\) after the init of mimew writes it.* only by the linker's order`
)

func main() { fmt.Println("fake:", mime.TypeByExtension(".fake")) }
