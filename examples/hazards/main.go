// Command hazards is a small service with the init-time hazards initvet
// finds: a registry read before it is filled, an exit in init, a flag
// defined twice, and a library that locks the OS thread.
package main

import (
	"flag"
	"fmt"

	"example.com/hazards/applog"
	"example.com/hazards/config"
	"example.com/hazards/display"
	_ "example.com/hazards/jsoncodec"
	_ "example.com/hazards/license"
	"example.com/hazards/tracing"
)

func main() {
	flag.Parse()
	out, err := config.Encode(map[string]bool{"verbose": *applog.Verbose, "trace": *tracing.Verbose})
	fmt.Println(string(out), err)
	display.Show()
}
