package main

import (
	"fmt"
	"io"

	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
)

const checkUsage = "initvet [-tags=TAGS] PKGS"

// runCheck loads the packages and reports those that fail to load; the
// other packages are still loaded. The analyzers plug in here.
func runCheck(args []string, _, stderr io.Writer) int {
	fs := newFlagSet("initvet", checkUsage, stderr)
	tags := fs.String("tags", "", "comma-separated build tags")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	cfg := &packages.Config{Mode: inittask.LoadMode}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "initvet: %s\n", oneLine(err.Error()))
		return exitError
	}
	code := exitOK
	for _, e := range inittask.PackageErrors(pkgs, "") {
		fmt.Fprintln(stderr, errorLine(e))
		code = exitError
	}
	return code
}
