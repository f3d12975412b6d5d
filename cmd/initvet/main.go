// Command initvet reports Go package initialization order and the hazards
// that depend on it.
//
// Usage:
//
//	initvet order [-buildmode=MODE] [-tags=TAGS] [-json] PKG
//	initvet order -bin FILE
//	initvet timeline [-buildmode=MODE] [-tags=TAGS] [-json|-dot|-mermaid] PKG
//	initvet why [-buildmode=MODE] [-tags=TAGS] [-json] PKG A B
//	initvet [-json|-sarif] [-tags=TAGS] [-baseline=FILE [-write-baseline]] [-mainthread=FUNCS] [-registry=SPECS] [-ANALYZER=false ...] PKGS
//	go vet -vettool=$(which initvet) PKGS
//	initvet help | version
//
// Run "initvet help" for the exit codes and details.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/initvet/initvet/analyzer"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// Exit codes, documented in the help text and README.
const (
	exitOK       = 0 // success, no findings
	exitError    = 1 // packages failed to load, or a binary could not be read
	exitUsage    = 2 // bad command line
	exitFindings = 3 // analyzers reported findings
)

func main() {
	if isVetTool(os.Args[1:]) {
		unitchecker.Main(append(analyzer.All(), analyzer.Facts)...) // does not return; analyzer.Facts brings -initfacts.mainthread and -initfacts.registry
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one initvet command line and returns its exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "order":
		return runOrder(args[1:], stdout, stderr)
	case "timeline":
		return runTimeline(args[1:], stdout, stderr)
	case "why":
		return runWhy(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, help+"\n"+analyzerList()+"\n"+helpTail)
		return exitOK
	case "version", "--version":
		fmt.Fprintln(stdout, version())
		return exitOK
	}
	return runCheck(args, stdout, stderr)
}

const usage = `usage:
	initvet order [-buildmode=MODE] [-tags=TAGS] [-json] PKG
	initvet order -bin FILE
	initvet timeline [-buildmode=MODE] [-tags=TAGS] [-mainthread=FUNCS] [-registry=SPECS] [-json|-dot|-mermaid] PKG
	initvet why [-buildmode=MODE] [-tags=TAGS] [-json] PKG A B
	initvet [-json|-sarif] [-tags=TAGS] [-baseline=FILE [-write-baseline]] [-mainthread=FUNCS] [-registry=SPECS] [-ANALYZER=false ...] PKGS
	initvet help | version
	go vet -vettool=$(which initvet) PKGS
`

const help = `initvet computes the order in which a Go program initializes its packages,
exactly as the Go 1.21+ linker and runtime do, and simulates runtime.main.

Commands:
	order PKG      print the packages whose init runs, one import path per line,
	               in the order the runtime runs them (the runtime's own first).
	               -json adds each package's phase, init functions with
	               positions, and why it is at its place.
	order -bin F   the same, read from the init task tables of a built binary
	               (ELF, Mach-O or PE; not stripped with -ldflags=-s).
	timeline PKG   the simulated runtime.main: each step, each package's
	               initializers and init functions, the OS-thread lock state,
	               and how the program ends. -json for tools; -dot and
	               -mermaid draw the init dependency graph.
	why PKG A B    whether A's init runs before B's in program PKG, and why:
	               the import chain that guarantees it, or the linker's lexical
	               tie-break (fragile: a rename can flip it).
	PKGS           run the analyzers on the packages (every dependency is
	               loaded from source so that whole-program checks see all
	               inits); -json prints go vet -json's shape, -sarif a
	               SARIF 2.1.0 log; -baseline=FILE reports only findings
	               the file does not record (-write-baseline records them);
	               -NAME=false
	               turns analyzer NAME off.
`

const helpTail = `As a vet tool: go vet -vettool=$(which initvet) ./... runs the same
analyzers package by package, passing what they learn between packages
as facts.

Flags:
	-buildmode=MODE  exe (default), pie, c-archive, c-shared or plugin
	-tags=TAGS       comma-separated build tags
	-cpuprofile=F    (PKGS) write a CPU profile to F
	-memprofile=F    (PKGS) write an allocation profile to F
	-mainthread=FUNCS
	                 (PKGS, timeline) more functions that must run on the main OS
	                 thread: import/path.Func or import/path.(*T).Method,
	                 comma-separated (go vet: -initfacts.mainthread)
	-registry=SPECS  (PKGS, timeline) more registry functions: write:import/path.Func=NAME
	                 fills registry NAME, read:import/path.Func=NAME reads it; Func(N)
	                 keys the entry by argument N (from 1), NAME:panic, :overwrite or
	                 :first-wins says what a second write of an entry does,
	                 comma-separated (go vet: -initfacts.registry)

PKG is a package pattern naming one package, usually a main package; any
package can be the root of a schedule.

Exit codes:
	0  success
	1  a package failed to load (errors are printed one per line with their
	   position), or a binary could not be read
	2  bad command line
	3  findings were reported
`

// analyzerList lists the analyzers for the help text, each with the
// summary line of its Doc.
func analyzerList() string {
	var b strings.Builder
	b.WriteString("Analyzers:\n")
	for _, a := range analyzer.All() {
		fmt.Fprintf(&b, "\t%-11s %s\n", a.Name, strings.TrimPrefix(docSummary(a.Doc), "report "))
	}
	return b.String()
}

// docSummary returns the first line of an analyzer's Doc.
func docSummary(doc string) string {
	line, _, _ := strings.Cut(doc, "\n")
	return line
}
