// Command initworkcheck compares, for every package of one or more
// programs, whether initvet's model gives the package init work with
// whether the compiler did: the package's "<prefix>..inittask" symbol in
// the archive that go list -export builds is larger than 8 bytes exactly
// when it lists init functions (cmd/link/internal/ld/inittask.go keeps
// a task only when ldr.SymSize(s) > 8).
//
// Usage: build it from this repository, then run it in the directory of
// a module that requires the programs:
//
//	go build -o /tmp/initworkcheck ./internal/cmd/initworkcheck
//	cd DIR && /tmp/initworkcheck [-v] MAINPKG...
//
// It prints each mismatch with the model's reason, then one line per
// program and a total: packages checked, mismatches. It exits 1 when a
// package mismatches, 2 on an error.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/linksym"
)

func main() {
	verbose := flag.Bool("v", false, "print every package's classification")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: initworkcheck [-v] MAINPKG...")
		os.Exit(2)
	}
	total, mismatches := 0, 0
	for _, root := range flag.Args() {
		n, bad, err := check(os.Stdout, ".", root, *verbose)
		if err != nil {
			fmt.Fprintf(os.Stderr, "initworkcheck: %s: %v\n", root, err)
			os.Exit(2)
		}
		fmt.Printf("%s: %d packages, %d mismatches\n", root, n, bad)
		total, mismatches = total+n, mismatches+bad
	}
	fmt.Printf("total: %d packages, %d mismatches\n", total, mismatches)
	if mismatches > 0 {
		os.Exit(1)
	}
}

// check compares the model and the compiler on every package of the
// program root, in the module at dir, writes the mismatches (every
// package with verbose) to w, and returns how many packages it compared
// and how many differ.
func check(w io.Writer, dir, root string, verbose bool) (n, bad int, err error) {
	prog, err := inittask.Load(inittask.Config{Dir: dir}, root)
	if err != nil {
		return 0, 0, err
	}
	work, err := compiled(dir, root)
	if err != nil {
		return 0, 0, err
	}
	paths := make([]string, 0, len(work))
	for path := range work {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		p := prog.Package(path)
		if p == nil {
			continue
		}
		n++
		model, compiler := p.HasWork(), work[path]
		if model != compiler || verbose {
			mark := "ok"
			if model != compiler {
				mark, bad = "MISMATCH", bad+1
			}
			fmt.Fprintf(w, "%s %s: model %v, compiler %v: %s\n", mark, path, model, compiler, prog.WorkReason(p))
		}
	}
	return n, bad, nil
}

// compiled builds the export data of root's dependencies and returns,
// by import path, whether the compiler gave each package init work.
func compiled(dir, root string) (map[string]bool, error) {
	list := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Name}}\t{{.Export}}", root)
	list.Dir = dir
	out, err := list.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export: %w%s", err, stderrOf(err))
	}
	byFile := map[string]string{}
	symbols := map[string]string{} // import path → its inittask symbol
	var files []string
	for line := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) != 3 || f[2] == "" {
			continue
		}
		path, name, file := f[0], f[1], f[2]
		byFile[file], symbols[path] = path, linksym.TaskSymbol(linksym.Prefix(path))
		if name == "main" {
			symbols[path] = linksym.TaskSymbol("main")
		}
		files = append(files, file)
	}
	work := map[string]bool{}
	for i := 0; i < len(files); i += 200 {
		batch := files[i:min(i+200, len(files))]
		if err := taskSizes(batch, byFile, symbols, work); err != nil {
			return nil, err
		}
	}
	return work, nil
}

// taskSizes runs go tool nm -size on the archives and records, for each
// archive's package, whether its own inittask symbol (as symbols gives
// it) is larger than 8 bytes. A package without the
// symbol has no init work.
func taskSizes(files []string, byFile, symbols map[string]string, work map[string]bool) error {
	cmd := exec.Command("go", append([]string{"tool", "nm", "-size"}, files...)...)
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go tool nm: %w%s", err, stderrOf(err))
	}
	for _, f := range files {
		work[byFile[f]] = false
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		file, rest, ok := strings.Cut(sc.Text(), ":\t")
		if !ok && len(files) == 1 {
			file, rest = files[0], sc.Text()
		}
		// An archive with assembly names its Go object: "file(_go_.o)".
		if i := strings.IndexByte(file, '('); i >= 0 && strings.HasSuffix(file, ")") {
			file = file[:i]
		}
		path, known := byFile[file]
		fields := strings.Fields(rest)
		if !known || len(fields) != 4 || fields[2] != "D" || fields[3] != symbols[path] {
			continue
		}
		size, err := strconv.Atoi(fields[1])
		if err != nil {
			return fmt.Errorf("go tool nm: size %q of %s", fields[1], fields[3])
		}
		work[path] = size > 8
	}
	return sc.Err()
}

// stderrOf returns ": " and the standard error of a failed command.
func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return ": " + strings.TrimSpace(string(ee.Stderr))
	}
	return ""
}
