// Command bench measures initvet against a plain go/packages load and
// against go vet on pinned real programs fetched through the module
// proxy, and prints wall time, peak RSS and the ratios.
//
// Usage, from the repository root:
//
//	go run ./bench [-runs=3] [-programs=gofumpt,staticcheck,gopls,golangci-lint]
//
// The programs are kept in modules under os.UserCacheDir()/initvet-real,
// shared with the oracle test (INITVET_REAL=1).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// program is a pinned real program.
type program struct {
	name, pkg, version string
}

var programs = []program{
	{"gofumpt", "mvdan.cc/gofumpt", "v0.12.0"},
	{"staticcheck", "honnef.co/go/tools/cmd/staticcheck", "v0.8.2"},
	{"gopls", "golang.org/x/tools/gopls", "v0.23.0"},
	{"golangci-lint", "github.com/golangci/golangci-lint/v2/cmd/golangci-lint", "v2.15.0"},
}

// sample is one measured run.
type sample struct {
	wall time.Duration
	rss  int64 // KiB
}

func main() {
	runs := flag.Int("runs", 3, "runs per measurement; the median is reported")
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
	for _, p := range programs {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), p.name) {
			continue
		}
		dir := prepare(p)
		vetCache := filepath.Join(tmp, "vetcache-"+p.name)
		base := measure(*runs, dir, nil, floor, p.pkg)
		vet := measure(*runs, dir, nil, "go", "vet", p.pkg)
		rows := []struct {
			name string
			s    sample
			vs   sample
		}{
			{"go/packages load", base, base},
			{"initvet order", measure(*runs, dir, nil, initvet, "order", p.pkg), base},
			{"initvet (all)", measure(*runs, dir, nil, initvet, p.pkg), base},
			{"go vet (warm)", vet, vet},
			{"vet -vettool (cold)", measureCold(dir, vetCache, initvet, p.pkg), vet},
			{"vet -vettool (warm)", measure(*runs, dir, []string{"GOCACHE=" + vetCache}, "go", "vet", "-vettool="+initvet, p.pkg), vet},
		}
		for _, r := range rows {
			fmt.Printf("%-14s %-22s %9.2fs %8dMiB %8.2f %8.2f\n", p.name, r.name, r.s.wall.Seconds(), r.s.rss/1024,
				r.s.wall.Seconds()/r.vs.wall.Seconds(), float64(r.s.rss)/float64(r.vs.rss))
		}
	}
	fmt.Println("ratios: initvet rows against the go/packages load, vet rows against go vet (warm)")
}

// prepare returns the module directory of a program, creating it once.
func prepare(p program) string {
	cache, err := os.UserCacheDir()
	check(err)
	dir := filepath.Join(cache, "initvet-real", p.name+"@"+p.version)
	if _, err := os.Stat(filepath.Join(dir, "initvet-ok")); err != nil {
		check(os.RemoveAll(dir))
		check(os.MkdirAll(dir, 0o777))
		goCmd(dir, "mod", "init", "tmp")
		goCmd(dir, "get", p.pkg+"@"+p.version)
		check(os.WriteFile(filepath.Join(dir, "initvet-ok"), nil, 0o666))
	}
	// go vet checks the package's tests too: it needs their dependencies.
	if _, err := os.Stat(filepath.Join(dir, "initvet-tests-ok")); err != nil {
		goCmd(dir, "get", "-t", p.pkg+"@"+p.version)
		check(os.WriteFile(filepath.Join(dir, "initvet-tests-ok"), nil, 0o666))
	}
	return dir
}

// measure runs the command runs times after a warm-up and returns the
// median wall time and the median peak RSS.
func measure(runs int, dir string, env []string, name string, args ...string) sample {
	once(dir, env, name, args...)
	var walls []time.Duration
	var rsss []int64
	for range runs {
		s := once(dir, env, name, args...)
		walls, rsss = append(walls, s.wall), append(rsss, s.rss)
	}
	slices.Sort(walls)
	slices.Sort(rsss)
	return sample{walls[len(walls)/2], rsss[len(rsss)/2]}
}

// measureCold runs go vet -vettool once with an empty build cache of its own.
func measureCold(dir, cache, initvet, pkg string) sample {
	check(os.RemoveAll(cache))
	return once(dir, []string{"GOCACHE=" + cache}, "go", "vet", "-vettool="+initvet, pkg)
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
