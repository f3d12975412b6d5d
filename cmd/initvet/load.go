package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/initvet/initvet/inittask"
	"golang.org/x/tools/go/packages"
)

// buildFlags are the flags that decide how a program is built.
type buildFlags struct {
	buildmode string
	tags      string
}

func (b *buildFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&b.buildmode, "buildmode", "exe", "build mode: exe, pie, c-archive, c-shared or plugin")
	fs.StringVar(&b.tags, "tags", "", "comma-separated build tags")
}

func (b *buildFlags) config() (inittask.Config, error) {
	mode, err := inittask.ParseBuildMode(b.buildmode)
	if err != nil {
		return inittask.Config{}, err
	}
	cfg := inittask.Config{BuildMode: mode}
	for _, t := range strings.Split(b.tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			cfg.Tags = append(cfg.Tags, t)
		}
	}
	return cfg, nil
}

// newFlagSet returns a flag set for a subcommand that prints its usage
// line and defaults to stderr on error.
func newFlagSet(name, usageLine string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s\n", usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// loadProgram loads the program rooted at pattern and prints load errors.
func loadProgram(b *buildFlags, pattern string, stderr io.Writer) (*inittask.Program, int) {
	cfg, err := b.config()
	if err != nil {
		fmt.Fprintf(stderr, "initvet: %v\n", err)
		return nil, exitUsage
	}
	prog, err := inittask.Load(cfg, pattern)
	if err != nil {
		printLoadError(stderr, err)
		return nil, exitError
	}
	return prog, exitOK
}

// printLoadError prints one line per error, positions relative to the
// current directory.
func printLoadError(stderr io.Writer, err error) {
	var le *inittask.LoadError
	if !errors.As(err, &le) {
		fmt.Fprintf(stderr, "initvet: %v\n", oneLine(err.Error()))
		return
	}
	for _, e := range le.Errors {
		fmt.Fprintln(stderr, errorLine(e))
	}
}

// errorLine formats a package error as one line: "file:line:col: msg",
// or "initvet: msg" when the error has no position.
func errorLine(e packages.Error) string {
	msg := oneLine(e.Msg)
	if wd, err := os.Getwd(); err == nil {
		msg = strings.ReplaceAll(msg, wd+string(filepath.Separator), "")
	}
	if e.Pos == "" || e.Pos == "-" {
		return "initvet: " + msg
	}
	return relPath(e.Pos) + ": " + msg
}

// failed prints err as one line and returns the exit code of a failure.
func failed(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "initvet: %s\n", oneLine(err.Error()))
	return exitError
}

// oneLine folds a multi-line message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// relPath shortens a file name (or file:line:col) under the current
// directory to a relative one, as go vet prints positions.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(name) {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}
