// Package ignored shows suppressions: a reviewed exit, a directive with
// no reason, and one that suppresses nothing.
package ignored

import (
	"log"
	"os"
)

func init() {
	if os.Getenv("IGNORED_BROKEN") != "" {
		//initvet:ignore initexit the launcher validates the environment first
		log.Fatal("broken environment")
	}
}

func init() {
	//initvet:ignore initexit
	log.Fatal("no reason given")
}

func init() {
	//initvet:ignore initexit stale: nothing exits here any more
	println("hello")
}
