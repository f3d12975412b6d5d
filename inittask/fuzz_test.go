package inittask_test

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/initvet/initvet/initeffect/summary"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/linksym"
	"github.com/initvet/initvet/internal/onefile"
	"github.com/initvet/initvet/staticinit"
)

// referenceOrder is the linker's algorithm written plainly: repeatedly
// take, among the tasks whose imports have all been taken, the one with
// the smallest symbol; keep those with work.
func referenceOrder(root string, tasks []inittask.TaskInfo) []string {
	byPath := map[string]inittask.TaskInfo{}
	for _, t := range tasks {
		byPath[t.Path] = t
	}
	hasTask := map[string]bool{}
	var mark func(p string) bool
	seen := map[string]bool{}
	mark = func(p string) bool {
		if seen[p] {
			return hasTask[p]
		}
		seen[p] = true
		t := byPath[p]
		h := t.HasWork || p == root && t.Name == "main"
		for _, q := range t.Imports {
			if _, ok := byPath[q]; ok && mark(q) {
				h = true
			}
		}
		hasTask[p] = h
		return h
	}
	if !mark(root) {
		return nil
	}
	var reach []string
	var walk func(p string)
	done := map[string]bool{}
	walk = func(p string) {
		if done[p] || !hasTask[p] {
			return
		}
		done[p] = true
		reach = append(reach, p)
		for _, q := range byPath[p].Imports {
			walk(q)
		}
	}
	walk(root)
	symbol := func(p string) string {
		if p == root && byPath[p].Name == "main" {
			return "main..inittask"
		}
		return linksym.TaskSymbol(linksym.Prefix(p))
	}
	taken := map[string]bool{}
	var out []string
	for len(taken) < len(reach) {
		var ready []string
		for _, p := range reach {
			if taken[p] {
				continue
			}
			ok := true
			for _, q := range byPath[p].Imports {
				if hasTask[q] && !taken[q] {
					ok = false
				}
			}
			if ok {
				ready = append(ready, p)
			}
		}
		sort.Slice(ready, func(i, j int) bool { return symbol(ready[i]) < symbol(ready[j]) })
		p := ready[0]
		taken[p] = true
		if byPath[p].HasWork {
			out = append(out, p)
		}
	}
	return out
}

// FuzzOrderTasks compares the model's schedule with the reference on
// random import graphs (a DAG: package i imports only packages > i) with
// paths that exercise the linker's escaping.
func FuzzOrderTasks(f *testing.F) {
	f.Add([]byte{5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{9, 200, 13, 77, 3, 250, 18, 44, 91, 5, 6, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		n := int(data[0])%12 + 1
		data = data[1:]
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		names := []string{"a", "b", "b.c", "b-c", "a/b", "a/b.c", "a/b-c", "z", "m.v2", "m", "gopkg.in/x.v1", "x%y"}
		var tasks []inittask.TaskInfo
		used := map[string]bool{}
		for i := 0; i < n; i++ {
			path := "ex/" + names[int(next())%len(names)]
			for used[path] {
				path += "x"
			}
			used[path] = true
			tasks = append(tasks, inittask.TaskInfo{Path: path, Name: "p", HasWork: next()%3 != 0})
		}
		tasks[0].Name = "main"
		for i := range tasks {
			for j := i + 1; j < len(tasks); j++ {
				if next()%3 == 0 {
					tasks[i].Imports = append(tasks[i].Imports, tasks[j].Path)
				}
			}
		}
		got := inittask.OrderTasks(tasks[0].Path, tasks, inittask.ModeExe)
		want := referenceOrder(tasks[0].Path, tasks)
		if !slices.Equal(got, want) {
			t.Fatalf("graph %+v:\nOrderTasks %v\nreference  %v", tasks, got, want)
		}
	})
}

// FuzzSource runs the model on arbitrary package sources: whatever
// type-checks (even partly) must not panic; the effect model runs on what
// type-checks without errors.
func FuzzSource(f *testing.F) {
	files, _ := filepath.Glob("../testdata/oracle/static/*/p.go")
	more, _ := filepath.Glob("../analyzer/*/testdata/src/example.com/*/*.go")
	for _, name := range append(files, more...) {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, ok := onefile.Check("p", src, true)
		if !ok {
			return
		}
		files := []*ast.File{p.File}
		costs := staticinit.ConstantCallCosts(p.Types, p.Info, files, nil)
		vars, funcs := inittask.InitWork(p.Types, p.Info, files, func(fn *types.Func) (int, bool) {
			c, ok := costs[fn]
			return c, ok
		})
		_ = inittask.HasWork(vars, funcs)
		// The effect model needs a well-typed package, as analyzers get.
		if p, ok := onefile.Check("p", src, false); ok {
			sum := summary.Summarize(summary.Package{Fset: p.Fset, Types: p.Types, Info: p.Info, Files: []*ast.File{p.File}}, nil, nil)
			_ = sum.Init()
		}
	})
}
