package main

import (
	_ "example.com/agobr" // want `the init of agobr reads gob's registered types(\[[^]]*\])? \(agobr.init → gob.Encoder.Encode\) before the init of gobw writes it`
	_ "example.com/gobw"
	_ "example.com/okgobr"
	_ "example.com/zgobr" // want `the init of zgobr reads gob's registered types(\[[^]]*\])? \(zgobr.init → gob.Encoder.Encode\) after the init of gobw writes it.* only by the linker's order`
)

func main() {}
