package analyzer_test

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/initvet/initvet/analyzer"
)

// TestREADMETable requires the README's table of analyzers to list
// exactly the analyzers All returns.
func TestREADMETable(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, m := range regexp.MustCompile("(?m)^\\| `(\\w+)` \\|").FindAllSubmatch(readme, -1) {
		listed = append(listed, string(m[1]))
	}
	var names []string
	for _, a := range analyzer.All() {
		names = append(names, a.Name)
	}
	slices.Sort(listed)
	if !slices.Equal(listed, names) {
		t.Errorf("README lists analyzers %v, want %v", listed, names)
	}
}
