// Command floor is the baseline of the benchmarks: one go/packages load
// of a program with the syntax and types of every package, as initvet
// does it, and nothing else.
package main

import (
	"fmt"
	"os"

	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
)

func main() {
	pkgs, err := packages.Load(&packages.Config{Mode: inittask.LoadMode}, os.Args[1:]...)
	if err != nil || len(pkgs) == 0 {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}
}
