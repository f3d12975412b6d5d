// Package analyzerdoc derives an analyzer's Doc from its package's doc
// comment, as golang.org/x/tools' passes do: the section headed
// "# Analyzer NAME", whose first line is "NAME: summary".
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the Doc of analyzer name from content, the source of
// a doc.go file: the section of its package doc comment headed
// "# Analyzer name", without the heading and without "name:" before
// the summary line.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package doc comment")
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":")
		if !ok {
			return "", fmt.Errorf("heading 'Analyzer %s' is not followed by a '%s: summary' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package doc comment has no 'Analyzer %s' heading", name)
}

// MustExtract is Extract, panicking on an error: an analyzer's doc.go
// is part of its source, and a broken one is a bug found by its tests.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}
