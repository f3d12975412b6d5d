// Package late must stay silent: flags defined in init and read in main.
package late

import (
	"flag"
	"fmt"

	"example.com/opts"
)

var port = flag.Int("port", 8080, "port to listen on")

var addr string

func init() {
	flag.StringVar(&addr, "addr", "localhost", "address")
}

// Describe reads flags; only main calls it.
func Describe() string { return fmt.Sprintf("%s:%d v=%v", addr, *port, *opts.Verbose) }

func main() {
	flag.Parse()
	fmt.Println(Describe(), opts.Debugging())
}

// over is registered with its own value as the default (a common
// pattern with analysis flag sets): reading it there is not a flag read.
var over = 10

var fs = flag.NewFlagSet("late", flag.ContinueOnError)

func init() {
	fs.IntVar(&over, "over", over, "threshold")
}
