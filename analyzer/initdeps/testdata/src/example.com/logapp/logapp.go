package main

import (
	_ "example.com/alogr" // want `the init of example.com/alogr reads log's default logger \(alogr.init → log.Println\) before the init of example.com/logw writes it \(logw.init → log.SetOutput\)`
	_ "example.com/logw"
	_ "example.com/oklogr"
	_ "example.com/zlogr" // want `the init of example.com/zlogr reads log's default logger \(zlogr.init → log.Println\) after the init of example.com/logw writes it .* only by the linker's order`
)

func main() {}
