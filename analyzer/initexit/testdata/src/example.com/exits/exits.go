package exits

import (
	"log"
	"os"
	"runtime"

	"example.com/exitlib"
)

var config = exitlib.MustLoad("config.json") // want `log.Fatalf can run during init \(in var config initializer → exitlib.MustLoad, on some paths\): the process exits before main.main`

func init() {
	if len(os.Args) > 3 {
		os.Exit(2) // want `os.Exit can run during init \(in exits.init, on some paths\)`
	}
}

func init() {
	check()
}

func check() {
	if config == nil {
		log.Fatal("no config") // want `log.Fatal can run during init \(in exits.init → exits.check, on some paths\)`
	}
}

func init() {
	exitlib.Stop() // want `runtime.Goexit during init \(in exits.init → exitlib.Stop\): init stops`
}

func init() {
	logger := log.Default()
	logger.Fatalln("bye") // want `log.Logger.Fatalln during init`
}

func init() {
	exitlib.Quit() // want `os.Exit during init \(in exits.init → exitlib.Quit → exitlib.die\)`
}

func init() {
	runtime.Goexit() // want `runtime.Goexit during init`
}
