// Package ignored has reviewed exits suppressed with //initvet:ignore,
// and directives that are malformed or stale.
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
	/* want `//initvet:ignore initexit suppresses nothing here: remove it` */ //initvet:ignore initexit stale
	println("nothing exits here")
}

func init() {
	/* want `//initvet:ignore initblock suppresses nothing here: remove it` */ //initvet:ignore initblock wrong analyzer named
	os.Exit(3)
}

func init() {
	/* want `//initvet:ignore names no analyzer: write //initvet:ignore ANALYZER\[,ANALYZER\] reason` */ //initvet:ignore
	println("nothing named")
}

func init() {
	/* want `//initvet:ignore names initexot, which initvet does not have: its analyzers are initblock, initdeps, initdup, initexit, initflag, initgo, initorder, initthread, mainentry` */ //initvet:ignore initexot a typo
	log.Fatal("typo")
}

//initvet:ignored is another word, not a directive.
var _ = 0
