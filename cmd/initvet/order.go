package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/initvet/initvet/initbinary"
)

const orderUsage = "initvet order [-buildmode=MODE] [-tags=TAGS] [-json] PKG | initvet order -bin FILE"

func runOrder(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("order", orderUsage, stderr)
	var b buildFlags
	b.register(fs)
	asJSON := fs.Bool("json", false, "print JSON with phases, init functions and reasons")
	bin := fs.String("bin", "", "read the order from a built binary instead of the source")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *bin != "" {
		if fs.NArg() != 0 || *asJSON {
			fs.Usage()
			return exitUsage
		}
		return orderFromBinary(*bin, stdout, stderr)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	prog, code := loadProgram(&b, fs.Arg(0), stderr)
	if prog == nil {
		return code
	}
	if *asJSON {
		return writeJSON(stdout, stderr, orderJSON(prog))
	}
	for _, p := range prog.Schedule {
		fmt.Fprintln(stdout, p.Path)
	}
	return exitOK
}

func orderFromBinary(file string, stdout, stderr io.Writer) int {
	tasks, err := initbinary.Read(file)
	if err != nil {
		return failed(stderr, err)
	}
	for _, path := range tasks.Order() {
		fmt.Fprintln(stdout, path)
	}
	return exitOK
}

// writeJSON prints v as indented JSON.
func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return failed(stderr, err)
	}
	return exitOK
}
