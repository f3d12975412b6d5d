// Command bench measures initvet against a plain go/packages load and
// against go vet on pinned real programs fetched through the module
// proxy, and prints wall time, peak RSS and the ratios.
//
// Usage, from the repository root:
//
//	go run ./bench [-runs=5] [-programs=gofumpt,staticcheck,gopls,golangci-lint]
//
// The programs are kept in modules under os.UserCacheDir()/initvet-real,
// shared with the oracle test (INITVET_REAL=1).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/initvet/initvet/internal/realprog"
)

// sample is one measured run.
type sample struct {
	wall time.Duration
	rss  int64 // KiB
}

func main() {
	runs := flag.Int("runs", 5, "rounds of the warm measurements; medians are reported")
	only := flag.String("programs", "", "comma-separated program names (default all)")
	flag.Parse()
	root, err := os.Getwd()
	check(err)
	tmp, err := os.MkdirTemp("", "initvet-bench")
	check(err)
	defer os.RemoveAll(tmp)
	initvet := filepath.Join(tmp, "initvet")
	floor := filepath.Join(tmp, "floor")
	goCmd(root, "build", "-o", initvet, "./cmd/initvet")
	goCmd(root, "build", "-o", floor, "./bench/floor")

	fmt.Printf("%-14s %-22s %10s %10s %8s %8s\n", "program", "measurement", "wall", "peak RSS", "wall×", "RSS×")
	var growth []sized
	for _, p := range realprog.All {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), p.Name) {
			continue
		}
		// go vet checks the package's tests too: it needs their dependencies.
		dir, err := p.Prepare(true)
		check(err)
		// go vet and go vet -vettool each get a build cache of their own,
		// filled by their cold run and reused by their warm runs.
		vetCache := filepath.Join(tmp, "vetcache-"+p.Name)
		toolCache := filepath.Join(tmp, "toolcache-"+p.Name)
		vetCold := []sample{measureCold(dir, vetCache, p.Pkg)}
		toolCold := []sample{measureCold(dir, toolCache, "-vettool="+initvet, p.Pkg)}
		warm := rounds(*runs, dir, []command{
			{nil, floor, []string{p.Pkg}},
			{nil, initvet, []string{"order", p.Pkg}},
			{nil, initvet, []string{p.Pkg}},
			{[]string{"GOCACHE=" + vetCache}, "go", []string{"vet", p.Pkg}},
			{[]string{"GOCACHE=" + toolCache}, "go", []string{"vet", "-vettool=" + initvet, p.Pkg}},
		})
		base, order, whole, vet, tool := warm[0], warm[1], warm[2], warm[3], warm[4]
		rows := []struct {
			name string
			s    []sample
			vs   []sample
		}{
			{"go/packages load", base, base},
			{"initvet order", order, base},
			{"initvet (all)", whole, base},
			{"go vet (cold)", vetCold, vetCold},
			{"vet -vettool (cold)", toolCold, vetCold},
			{"go vet (warm)", vet, vet},
			{"vet -vettool (warm)", tool, vet},
		}
		for _, r := range rows {
			m := median(r.s)
			wall, rss := ratios(r.s, r.vs)
			fmt.Printf("%-14s %-22s %9.2fs %8dMiB %8.2f %8.2f\n", p.Name, r.name, m.wall.Seconds(), m.rss/1024, wall, rss)
		}
		pkgs, lines := size(dir, p.Pkg)
		growth = append(growth, sized{p.Name, pkgs, lines, median(base), median(whole)})
	}
	fmt.Println("ratios: initvet rows against the go/packages load, vet rows against go vet with the same cache state;")
	fmt.Println("warm rows: medians of the runs, and of each round's ratio (the commands run in turn, round after round)")
	fmt.Println()
	fmt.Println("growth: whole-program initvet against program size (all packages linked, standard library included)")
	fmt.Printf("%-14s %8s %10s %12s %15s %16s\n", "program", "packages", "kLOC", "load ms/kLOC", "initvet ms/kLOC", "initvet KiB/kLOC")
	for _, g := range growth {
		k := float64(g.lines) / 1000
		fmt.Printf("%-14s %8d %10.0f %12.1f %15.1f %16.0f\n", g.name, g.packages, k,
			float64(g.load.wall.Milliseconds())/k, float64(g.initvet.wall.Milliseconds())/k, float64(g.initvet.rss)/k)
	}
}

// sized is one program's size with its load and initvet samples.
type sized struct {
	name          string
	packages      int
	lines         int
	load, initvet sample
}

// size returns the number of packages pkg links and their lines of Go
// source (the files the build compiles, test files excluded).
func size(dir, pkg string) (packages, lines int) {
	cmd := exec.Command("go", "list", "-deps", "-f", `{{.Dir}}{{range .GoFiles}}|{{.}}{{end}}{{range .CgoFiles}}|{{.}}{{end}}`, pkg)
	cmd.Dir = dir
	out, err := cmd.Output()
	check(err)
	for line := range strings.Lines(string(out)) {
		fields := strings.Split(strings.TrimSpace(line), "|")
		packages++
		for _, f := range fields[1:] {
			data, err := os.ReadFile(filepath.Join(fields[0], f))
			check(err)
			lines += bytes.Count(data, []byte("\n"))
		}
	}
	return packages, lines
}

// command is one measured command line.
type command struct {
	env  []string
	name string
	args []string
}

// rounds runs the commands in turn, one round as a warm-up and then runs
// rounds, and returns each command's samples by round. A slow spell of
// the machine then slows every command of a round alike, and the ratio
// of two commands within a round is steadier than the ratio of their
// medians measured one command after the other.
func rounds(runs int, dir string, cmds []command) [][]sample {
	out := make([][]sample, len(cmds))
	for round := range runs + 1 {
		for i, c := range cmds {
			s := once(dir, c.env, c.name, c.args...)
			if round > 0 {
				out[i] = append(out[i], s)
			}
		}
	}
	return out
}

// median returns the median wall time and the median peak RSS of samples.
func median(samples []sample) sample {
	walls := make([]float64, len(samples))
	rsss := make([]float64, len(samples))
	for i, s := range samples {
		walls[i], rsss[i] = float64(s.wall), float64(s.rss)
	}
	return sample{time.Duration(middle(walls)), int64(middle(rsss))}
}

// ratios returns the median, over the rounds, of the ratio of samples to
// base in wall time and in peak RSS.
func ratios(samples, base []sample) (wall, rss float64) {
	walls := make([]float64, len(samples))
	rsss := make([]float64, len(samples))
	for i, s := range samples {
		walls[i] = s.wall.Seconds() / base[i].wall.Seconds()
		rsss[i] = float64(s.rss) / float64(base[i].rss)
	}
	return middle(walls), middle(rsss)
}

// middle returns the median of xs, which it sorts.
func middle(xs []float64) float64 {
	slices.Sort(xs)
	if n := len(xs); n%2 == 0 {
		return (xs[n/2-1] + xs[n/2]) / 2
	}
	return xs[len(xs)/2]
}

// measureCold runs go vet once with args and an empty build cache of its
// own: every dependency is vetted for facts, nothing is reused.
func measureCold(dir, cache string, args ...string) sample {
	check(os.RemoveAll(cache))
	s := once(dir, []string{"GOCACHE=" + cache}, "go", append([]string{"vet"}, args...)...)
	syscall.Sync() // the cache's writes must not slow the measurements after this one
	return s
}

func once(dir string, env []string, name string, args ...string) sample {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall := time.Since(start)
	if err != nil {
		// Findings end go vet with 1 and initvet with 3; anything else, or a
		// load error, spoils the measurement.
		loadError := strings.Contains(string(out), "missing go.sum") || strings.Contains(string(out), "cannot find")
		if exit, ok := err.(*exec.ExitError); !ok || loadError || exit.ExitCode() != 1 && exit.ExitCode() != 3 {
			fmt.Fprintf(os.Stderr, "bench: %s %s: %v\n%s", name, strings.Join(args, " "), err, out)
			os.Exit(1)
		}
	}
	rss := int64(0)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	return sample{wall, rss}
}

// goCmd runs the go command in dir and stops the harness if it fails.
func goCmd(dir string, args ...string) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: go %s: %v\n%s", strings.Join(args, " "), err, out)
		os.Exit(1)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
