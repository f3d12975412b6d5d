// Package wanttest checks an analyzer against the "// want" comments of
// a GOPATH-layout corpus, as analysistest does, but in every file of the
// analyzed packages and their dependencies under the corpus, not only
// in the analyzed packages' own: a whole-program check in package main
// reports where the hazard happens, in whatever package that is.
package wanttest

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Run analyzes the packages patterns name in the GOPATH tree dir with a,
// and checks the diagnostics against the corpus's expectations: a
// comment "// want" followed by Go string literals, each a regular
// expression one diagnostic on that line must match. A diagnostic must
// match an expectation of its line, and each package's diagnostics use
// each expectation once (two identical findings of one package are an
// error); every expectation of the corpus must be met by some package's.
// A diagnostic in a file outside the corpus (the standard library's) is
// expected on the line of its first related position.
func Run(t Testing, dir string, a *analysis.Analyzer, patterns ...string) {
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Errorf("loading %v: %v", patterns, err)
		return
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Errorf("corpus %v does not load", patterns)
		return
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{})
	if err != nil {
		t.Errorf("analyzing %v: %v", patterns, err)
		return
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Errorf("%v", err)
		return
	}
	want, err := expectations(root, pkgs)
	if err != nil {
		t.Errorf("%v", err)
		return
	}
	met := map[*expectation]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		used := map[*expectation]bool{}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			if !under(root, posn.Filename) && len(d.Related) > 0 {
				// In the standard library: expected where the corpus
				// shows it, at the first related position.
				posn = act.Package.Fset.Position(d.Related[0].Pos)
			}
			k := key{posn.Filename, posn.Line}
			var found *expectation
			for _, e := range want[k] {
				if !used[e] && e.rx.MatchString(d.Message) {
					found = e
					break
				}
			}
			if found == nil {
				t.Errorf("%v: unexpected diagnostic (analyzing %s): %s", posn, act.Package.PkgPath, d.Message)
				continue
			}
			used[found], met[found] = true, true
		}
	}
	var missed []string
	for k, es := range want {
		for _, e := range es {
			if !met[e] {
				missed = append(missed, fmt.Sprintf("%s:%d: no diagnostic was reported matching %#q", k.file, k.line, e.rx))
			}
		}
	}
	sort.Strings(missed)
	for _, m := range missed {
		t.Errorf("%s", m)
	}
}

// Testing is the part of *testing.T that Run uses, as in analysistest.
type Testing interface {
	Errorf(format string, args ...any)
}

// key is a line of a file.
type key struct {
	file string
	line int
}

// expectation is one regular expression of a want comment.
type expectation struct {
	rx *regexp.Regexp
}

// expectations reads the want comments of the files of pkgs and of
// their dependencies that lie under root.
func expectations(root string, pkgs []*packages.Package) (map[key][]*expectation, error) {
	want := map[key][]*expectation{}
	var firstErr error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, name := range p.CompiledGoFiles {
			if !under(root, name) {
				continue
			}
			if err := readWants(name, want); err != nil && firstErr == nil {
				firstErr = err
			}
		}
	})
	return want, firstErr
}

// under reports whether the file lies in the directory tree root.
func under(root, file string) bool {
	rel, err := filepath.Rel(root, file)
	return err == nil && !strings.HasPrefix(rel, "..")
}

// readWants adds the expectations of a file to want.
func readWants(name string, want map[key][]*expectation) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		_, text, ok := strings.Cut(line, "// want ")
		if !ok {
			continue
		}
		rxs, err := parseWant(text)
		if err != nil {
			return fmt.Errorf("%s:%d: in want comment: %v", name, i+1, err)
		}
		k := key{name, i + 1}
		for _, rx := range rxs {
			want[k] = append(want[k], &expectation{rx})
		}
	}
	return nil
}

// parseWant parses the string literals after "// want".
func parseWant(text string) ([]*regexp.Regexp, error) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("want", -1, len(text)), []byte(text), nil, 0)
	var out []*regexp.Regexp
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF, token.SEMICOLON:
			if len(out) == 0 {
				return nil, fmt.Errorf("no pattern")
			}
			return out, nil
		case token.STRING:
			pattern, err := strconv.Unquote(lit)
			if err != nil {
				return nil, err
			}
			rx, err := regexp.Compile(pattern)
			if err != nil {
				return nil, err
			}
			out = append(out, rx)
		default:
			return nil, fmt.Errorf("unexpected %s", tok)
		}
	}
}
