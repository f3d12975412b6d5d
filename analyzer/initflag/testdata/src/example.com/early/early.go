package early

import (
	"flag"
	"os"

	"example.com/opts"
)

var name = flag.String("name", "world", "who to greet")

var greeting = "hello " + *name // want `flag early.name is read during init \(in var greeting initializer\): flags are parsed in main, so init sees the default value`

var debug = opts.Debugging() // want `flag opts.Verbose is read during init \(in var debug initializer → opts.Debugging\)`

func init() {
	if opts.Level > 2 { // want `flag opts.Level is read during init`
		println("chatty")
	}
}

func init() {
	opts.Setup() // want `flag.Parse during init \(in early.init → opts.Setup\): later packages. flags are not defined yet`
}

func init() {
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	_ = fs.Parse(os.Args[1:])           // a private flag set: fine
	flag.CommandLine.Parse(os.Args[1:]) // want `flag.CommandLine.Parse during init`
}
