// Package ignored has reviewed exits suppressed with //initvet:ignore.
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
	/* want `//initvet:ignore initexit needs a reason after the analyzer names` */ //initvet:ignore initexit
	log.Fatal("no reason given")
}

func init() {
	/* want `//initvet:ignore for initexit suppresses nothing here: remove it` */ //initvet:ignore initexit stale
	println("nothing exits here")
}

func init() {
	//initvet:ignore initblock wrong analyzer named
	os.Exit(3) // want `os.Exit during init of example.com/ignored`
}
