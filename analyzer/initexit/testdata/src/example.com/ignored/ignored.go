// Package ignored has exits suppressed with //initvet:ignore, and one
// whose directive names another analyzer.
package ignored

import (
	"log"
	"os"
)

func init() {
	if len(os.Args) > 5 {
		os.Exit(2) //initvet:ignore initexit the launcher checks the argument count first
	}
}

func init() {
	//initvet:ignore initexit,initblock config errors must stop the program
	log.Fatal("bad config")
}

func init() {
	//initvet:ignore initexit
	log.Fatal("no reason given: still suppressed, and initignore reports the directive")
}

func init() {
	//initvet:ignore initblock wrong analyzer named
	os.Exit(3) // want `os.Exit during init`
}
