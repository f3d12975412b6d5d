package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"regexp"
	"sort"
)

// A baseline records the findings a team has accepted, so that CI fails
// only on new ones. A finding is identified by a fingerprint that
// survives line moves: analyzer, package, enclosing declaration and the
// message without positions.
type baseline struct {
	Version  int               `json:"version"`
	Findings []baselineFinding `json:"findings"`
}

type baselineFinding struct {
	Analyzer string `json:"analyzer"`
	Package  string `json:"package"`
	Function string `json:"function"`
	Message  string `json:"message"`
	Count    int    `json:"count"`
}

// positionInText matches file positions inside messages.
var positionInText = regexp.MustCompile(`\S+\.go:\d+(:\d+)?`)

func (f finding) fingerprint() baselineFinding {
	return baselineFinding{
		Analyzer: f.analyzer, Package: f.pkg, Function: f.function,
		Message: positionInText.ReplaceAllString(f.message, "FILE"),
	}
}

func key(b baselineFinding) string {
	return b.Analyzer + "\x00" + b.Package + "\x00" + b.Function + "\x00" + b.Message
}

// writeBaseline records the findings in file.
func writeBaseline(file string, findings []finding) error {
	counts := map[string]*baselineFinding{}
	var keys []string
	for _, f := range findings {
		fp := f.fingerprint()
		k := key(fp)
		if counts[k] == nil {
			counts[k] = &fp
			keys = append(keys, k)
		}
		counts[k].Count++
	}
	sort.Strings(keys)
	b := baseline{Version: 1, Findings: []baselineFinding{}}
	for _, k := range keys {
		b.Findings = append(b.Findings, *counts[k])
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// newFindings drops the findings the baseline in file accounts for: as
// many of each fingerprint as it recorded.
func newFindings(file string, findings []finding) ([]finding, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline: %v", file, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", file, b.Version)
	}
	left := map[string]int{}
	for _, f := range b.Findings {
		left[key(f)] += f.Count
	}
	var out []finding
	for _, f := range findings {
		k := key(f.fingerprint())
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// enclosing names the top-level declaration that contains pos: a
// function ("F", "T.M") or the variables of a declaration ("var x").
func enclosing(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if pos < d.Pos() || pos >= d.End() {
				continue
			}
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) > 0 {
					return receiverName(d.Recv.List[0].Type) + "." + d.Name.Name
				}
				return d.Name.Name
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok && pos >= vs.Pos() && pos < vs.End() && len(vs.Names) > 0 {
						return "var " + vs.Names[0].Name
					}
				}
			}
		}
		return "file " + f.Name.Name
	}
	return ""
}

// receiverName renders a receiver type without its pointer or type arguments.
func receiverName(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.StarExpr:
		return receiverName(x.X)
	case *ast.IndexExpr:
		return receiverName(x.X)
	case *ast.IndexListExpr:
		return receiverName(x.X)
	case *ast.Ident:
		return x.Name
	}
	return "?"
}
