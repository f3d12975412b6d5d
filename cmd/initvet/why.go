package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/initvet/initvet/inittask"
)

const whyUsage = "initvet why [-buildmode=MODE] [-tags=TAGS] [-json] PKG A B"

// runWhy explains whether package A's init runs before B's in program PKG.
func runWhy(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("why", whyUsage, stderr)
	var b buildFlags
	b.register(fs)
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 3 {
		fs.Usage()
		return exitUsage
	}
	prog, code := loadProgram(&b, fs.Arg(0), stderr)
	if prog == nil {
		return code
	}
	a, bPath := fs.Arg(1), fs.Arg(2)
	w, err := prog.Explain(a, bPath)
	if err != nil {
		return failed(stderr, err)
	}
	if *asJSON {
		return writeJSON(stdout, stderr, whyJSON(a, w))
	}
	fmt.Fprintln(stdout, whyText(a, w))
	return exitOK
}

// whyText answers in one paragraph.
func whyText(a string, w *inittask.Why) string {
	first, second := w.First.Path, w.Second.Path
	verdict := fmt.Sprintf("%s runs before %s", first, second)
	if first != a {
		verdict = fmt.Sprintf("no: %s runs after %s", a, first)
	}
	switch w.Kind {
	case inittask.WhyImport:
		return fmt.Sprintf("%s: %s imports it (%s), so the order is guaranteed.", verdict, second, chainText(w.Chain))
	case inittask.WhyLexical:
		return fmt.Sprintf("%s only because %s sorts before %s: neither imports the other and both were ready, "+
			"so the linker took the lexically smaller symbol. Fragile: renaming either package, or an import that changes when one becomes ready, can flip it.",
			verdict, symbol(w.First), symbol(w.Second))
	}
	waited := "its imports"
	if w.WaitedFor != nil {
		waited = "its import " + w.WaitedFor.Path
	}
	return fmt.Sprintf("%s: neither imports the other; %s became ready only after %s ran, which the linker placed after %s by its lexical order (%s vs %s). "+
		"Fragile: a rename or a new import can flip it.", verdict, second, waited, first, symbol(w.First), symbol(w.Second))
}

func symbol(p *inittask.Package) string { return "`" + p.TaskSymbol() + "`" }

func chainText(chain []*inittask.Package) string {
	paths := make([]string, len(chain))
	for i, p := range chain {
		paths[i] = p.Path
	}
	return strings.Join(paths, " → ")
}

// whyDoc is the JSON form of "initvet why -json".
type whyDoc struct {
	A         string   `json:"a"`
	First     string   `json:"first"`
	Second    string   `json:"second"`
	ABeforeB  bool     `json:"aBeforeB"`
	Reason    string   `json:"reason"`
	Fragile   bool     `json:"fragile"`
	Chain     []string `json:"chain,omitempty"`
	WaitedFor string   `json:"waitedFor,omitempty"`
	Symbols   []string `json:"symbols"`
}

func whyJSON(a string, w *inittask.Why) whyDoc {
	d := whyDoc{
		A: a, First: w.First.Path, Second: w.Second.Path, ABeforeB: w.First.Path == a,
		Reason: string(w.Kind), Fragile: w.Fragile(),
		Symbols: []string{w.First.TaskSymbol(), w.Second.TaskSymbol()},
	}
	for _, p := range w.Chain {
		d.Chain = append(d.Chain, p.Path)
	}
	if w.WaitedFor != nil {
		d.WaitedFor = w.WaitedFor.Path
	}
	return d
}
