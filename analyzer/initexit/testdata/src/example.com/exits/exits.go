package exits

import (
	"log"
	"os"
	"runtime"

	"example.com/exitlib"
)

var config = exitlib.MustLoad("config.json") // want `log.Fatalf during init of example.com/exits \(var config initializer → exitlib.MustLoad → log.Fatalf\): the process exits before main.main`

func init() {
	if len(os.Args) > 3 {
		os.Exit(2) // want `os.Exit during init of example.com/exits \(exits.init → os.Exit\)`
	}
}

func init() {
	check() // want `log.Fatal during init of example.com/exits \(exits.init → exits.check → log.Fatal\)`
}

func check() {
	if config == nil {
		log.Fatal("no config")
	}
}

func init() {
	exitlib.Stop() // want `runtime.Goexit during init of example.com/exits \(exits.init → exitlib.Stop → runtime.Goexit\): the main goroutine stops`
}

func init() {
	logger := log.Default()
	logger.Fatalln("bye") // want `log.Logger.Fatalln during init`
}

func init() {
	exitlib.Quit() // want `os.Exit during init of example.com/exits \(exits.init → exitlib.Quit → exitlib.die → os.Exit\)`
}

func init() {
	runtime.Goexit() // want `runtime.Goexit during init`
}
