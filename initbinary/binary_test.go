package initbinary

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/initvet/initvet/internal/tracetest"
)

// exampleModule is a module whose packages have init work of different
// kinds: a map literal (ex/a/b.c, whose symbol prefix is escaped), an init
// function (ex/m) and only statically initialized variables (ex/static).
var exampleModule = map[string]string{
	"go.mod": "module ex\n\ngo 1.26\n",
	"main.go": `package main

import (
	"fmt"

	b "ex/a/b.c"
	"ex/m"
	"ex/static"
)

var table = map[int]string{1: "one", 2: "two"}

func main() { fmt.Println(len(b.M), m.N, static.X, len(static.S), len(table)) }
`,
	"a/b.c/b.go": `package b

var M = map[string]int{"a": 1, "b": 2}
`,
	"m/m.go": `package m

import (
	"os"

	b "ex/a/b.c"
)

var N int

func init() { N = len(b.M) + len(os.Args) }
`,
	"static/static.go": `package static

var X = 42

var S = []string{"a", "b"}
`,
	// plug is built as a plugin and as a program.
	"plug/plug.go": `package main

import "ex/m"

var V = map[string]int{"n": m.N}

func main() { println(len(V)) }
`,
	// lib is built as a C shared library, loaded by cdriver.
	"lib/lib.go": `package main

import "C"

import "ex/m"

var ready = map[int]int{1: m.N}

//export Ready
func Ready() C.int { return C.int(len(ready)) }

func main() {}
`,
	"cdriver/driver.c": `extern int Ready(void);

int main(void) { return Ready() == 1 ? 0 : 1; }
`,
}

// writeModule writes exampleModule to a new temporary directory.
func writeModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range exampleModule {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goBuild builds pkg in the module in dir with the extra environment env
// and the extra build flags, returning the path of the new binary.
func goBuild(t *testing.T, dir string, env []string, pkg string, flags ...string) (string, error) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go command not found: %v", err)
	}
	out := filepath.Join(t.TempDir(), "prog")
	args := append([]string{"build", "-o", out}, flags...)
	cmd := exec.Command(goTool, append(args, pkg)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	if output, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{strings.Join(cmd.Args, " "), env, output, err}
	}
	return out, nil
}

// mustBuild is goBuild, failing the test if the build fails.
func mustBuild(t *testing.T, dir string, env []string, pkg string, flags ...string) string {
	t.Helper()
	bin, err := goBuild(t, dir, env, pkg, flags...)
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// platform returns the environment that selects a target platform without cgo.
func platform(goos, goarch string) []string {
	return []string{"GOOS=" + goos, "GOARCH=" + goarch, "CGO_ENABLED=0"}
}

type buildError struct {
	cmd    string
	env    []string
	output []byte
	err    error
}

func (e *buildError) Error() string {
	return strings.Join(e.env, " ") + " " + e.cmd + ": " + e.err.Error() + "\n" + string(e.output)
}

// mustRead is Read, failing the test on error.
func mustRead(t *testing.T, bin string) *Tasks {
	t.Helper()
	tasks, err := Read(bin)
	if err != nil {
		t.Fatal(err)
	}
	return tasks
}

// checkOrder reports an error unless got equals want.
func checkOrder(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

// checkModulePackages checks that the packages of exampleModule with init
// work appear in order, with the main package mainPath last, and that the
// packages without init work do not appear.
func checkModulePackages(t *testing.T, order []string, mainPath string) {
	t.Helper()
	var got []string
	for _, p := range order {
		if p == "ex" || strings.HasPrefix(p, "ex/") {
			got = append(got, p)
		}
	}
	checkOrder(t, "packages of module ex", got, []string{"ex/a/b.c", "ex/m", mainPath})
	if order[len(order)-1] != mainPath {
		t.Errorf("last package is %s, want %s", order[len(order)-1], mainPath)
	}
}

// checkTableLengths checks the lengths of the init task tables read from
// the program bin against the slices the runtime uses for them:
// runtime.runtime_inittasks and the inittasks field of runtime.firstmoduledata.
func checkTableLengths(t *testing.T, bin string, tasks *Tasks) {
	t.Helper()
	f, err := os.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	im, err := openImage(f)
	if err != nil {
		t.Fatal(err)
	}
	if n := sliceLen(t, im, "runtime.runtime_inittasks", runtimeTable); n != len(tasks.Runtime) {
		t.Errorf("read %d runtime init tasks, runtime.runtime_inittasks has %d", len(tasks.Runtime), n)
	}
	if n := sliceLen(t, im, "runtime.firstmoduledata", mainTable); n != len(tasks.Main) {
		t.Errorf("read %d main init tasks, runtime.firstmoduledata has %d", len(tasks.Main), n)
	}
}

// sliceLen returns the length of the slice whose header is in the contents
// of symbol holder and points to symbol target.
func sliceLen(t *testing.T, im *image, holder, target string) int {
	t.Helper()
	h, ok := im.syms[holder]
	if !ok {
		t.Fatalf("no symbol %s", holder)
	}
	data, err := im.read(h.addr, im.extent(h))
	if err != nil {
		t.Fatal(err)
	}
	for off := 0; off+3*im.ptrSize <= len(data); off += im.ptrSize {
		addr := h.addr + uint64(off)
		if im.pointer(addr, data[off:]) == im.syms[target].addr {
			return int(im.pointer(addr+uint64(im.ptrSize), data[off+im.ptrSize:]))
		}
	}
	t.Fatalf("%s holds no pointer to %s", holder, target)
	return 0
}

// inBoth returns the elements of a that are also in b.
func inBoth(a, b []string) []string {
	var common []string
	for _, p := range a {
		if slices.Contains(b, p) {
			common = append(common, p)
		}
	}
	return common
}

func TestReadBinary(t *testing.T) {
	t.Parallel()
	dir := writeModule(t)
	native := mustBuild(t, dir, platform(runtime.GOOS, runtime.GOARCH), ".")
	tasks := mustRead(t, native)
	if tasks.MainPath != "ex" {
		t.Errorf("MainPath = %q, want ex", tasks.MainPath)
	}
	if len(tasks.Runtime) == 0 || !slices.Contains(tasks.Runtime, "runtime") {
		t.Errorf("Runtime = %q, want a list including runtime", tasks.Runtime)
	}
	checkTableLengths(t, native, tasks)
	want := tracetest.Trace(t, native, "ex")
	checkOrder(t, "Order() versus inittrace", tasks.Order(), want)
	checkModulePackages(t, tasks.Order(), "ex")

	t.Run("linux/386", func(t *testing.T) {
		t.Parallel()
		if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
			t.Skip("needs a linux/amd64 host to run 386 programs")
		}
		bin := mustBuild(t, dir, platform("linux", "386"), ".")
		tasks := mustRead(t, bin)
		checkTableLengths(t, bin, tasks)
		checkOrder(t, "Order() versus inittrace", tasks.Order(), tracetest.Trace(t, bin, "ex"))
	})
	for _, target := range [][2]string{{"darwin", "arm64"}, {"windows", "amd64"}, {"windows", "386"}} {
		t.Run(target[0]+"/"+target[1], func(t *testing.T) {
			t.Parallel()
			bin := mustBuild(t, dir, platform(target[0], target[1]), ".")
			tasks := mustRead(t, bin)
			checkTableLengths(t, bin, tasks)
			// Platform-specific packages differ, but the others keep their order.
			order := tasks.Order()
			checkOrder(t, "order of packages also in the native binary", inBoth(order, want), inBoth(want, order))
			checkModulePackages(t, order, "ex")
		})
	}
	t.Run("truncated", func(t *testing.T) {
		t.Parallel()
		data, err := os.ReadFile(native)
		if err != nil {
			t.Fatal(err)
		}
		bin := filepath.Join(t.TempDir(), "truncated")
		if err := os.WriteFile(bin, data[:len(data)/2], 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(bin); err == nil || !strings.HasPrefix(err.Error(), bin+": ") {
			t.Errorf("Read(truncated binary) error = %v, want an error starting with %s: ", err, bin)
		}
	})
}

func TestReadBinaryStripped(t *testing.T) {
	t.Parallel()
	dir := writeModule(t)
	for _, target := range [][2]string{{runtime.GOOS, runtime.GOARCH}, {"darwin", "arm64"}, {"windows", "amd64"}} {
		t.Run(target[0]+"/"+target[1], func(t *testing.T) {
			t.Parallel()
			bin := mustBuild(t, dir, platform(target[0], target[1]), ".", "-ldflags=-s")
			_, err := Read(bin)
			want := bin + ": no symbol table (binary stripped with -s?): cannot read init tasks"
			if err == nil || err.Error() != want {
				t.Errorf("Read(stripped binary) error = %v, want %s", err, want)
			}
		})
	}
}

func TestReadBinaryNotBinary(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, tc := range []struct{ name, content, want string }{
		{"text", "package main\n\nfunc main() {}\n", "unrecognized file format (want ELF, Mach-O or PE)"},
		{"empty", "", "unrecognized file format: file too short"},
		{"elf-header", "\x7fELF\x02\x01\x01", "reading ELF file: "},
		{"pe-header", "MZ\x90\x00", "reading PE file: "},
		{"c-archive", "!<arch>\n__.PKGDEF", "archive (-buildmode=c-archive?)"},
	} {
		file := filepath.Join(dir, tc.name)
		if err := os.WriteFile(file, []byte(tc.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(file)
		if err == nil || !strings.HasPrefix(err.Error(), file+": "+tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Read(%s) error = %v, want one line starting with %s: %s", tc.name, err, file, tc.want)
		}
	}
	for _, file := range []string{filepath.Join(dir, "missing"), dir} {
		if _, err := Read(file); err == nil || !strings.HasPrefix(err.Error(), file+": ") {
			t.Errorf("Read(%s) error = %v, want an error starting with %s: ", file, err, file)
		}
	}
}

func TestBinaryTrimUnderscore(t *testing.T) {
	t.Parallel()
	names := func(syms []symbol) []string {
		var names []string
		for _, s := range syms {
			names = append(names, s.name)
		}
		return names
	}
	external := []symbol{{name: "_go:main.inittasks"}, {name: "_main..inittask"}, {name: "__x..inittask"}}
	checkOrder(t, "names after external linking", names(trimUnderscore(external)), []string{"go:main.inittasks", "main..inittask", "_x..inittask"})
	internal := []symbol{{name: "go:main.inittasks"}, {name: "_x..inittask"}}
	checkOrder(t, "names after internal linking", names(trimUnderscore(internal)), []string{"go:main.inittasks", "_x..inittask"})
}

func TestReadBinaryCShared(t *testing.T) {
	t.Parallel()
	cc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc not found")
	}
	dir := writeModule(t)
	lib, err := goBuild(t, dir, []string{"CGO_ENABLED=1"}, "./lib", "-buildmode=c-shared")
	if err != nil {
		t.Skipf("cannot build a C shared library: %v", err)
	}
	driver := filepath.Join(t.TempDir(), "driver")
	cmd := exec.Command(cc, "-o", driver, filepath.Join(dir, "cdriver", "driver.c"), lib, "-Wl,-rpath,"+filepath.Dir(lib))
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot link the C driver: %v\n%s", err, output)
	}
	tasks := mustRead(t, lib)
	if tasks.MainPath != "ex/lib" {
		t.Errorf("MainPath = %q, want ex/lib", tasks.MainPath)
	}
	checkOrder(t, "Order() versus inittrace", tasks.Order(), tracetest.Trace(t, driver, "ex/lib"))
	checkModulePackages(t, tasks.Order(), "ex/lib")

	// The C driver is an ELF file without Go init tasks.
	want := driver + ": no go:main.inittasks or go:plugin.inittasks symbol (not a Go program?)"
	if _, err := Read(driver); err == nil || err.Error() != want {
		t.Errorf("Read(C program) error = %v, want %s", err, want)
	}
}

func TestReadBinaryPlugin(t *testing.T) {
	t.Parallel()
	dir := writeModule(t)
	plugin, err := goBuild(t, dir, []string{"CGO_ENABLED=1"}, "./plug", "-buildmode=plugin")
	if err != nil {
		t.Skipf("cannot build a plugin: %v", err)
	}
	tasks := mustRead(t, plugin)
	if tasks.Runtime != nil {
		t.Errorf("Runtime = %q, want none for a plugin", tasks.Runtime)
	}
	// The plugin's table lists the same packages as that of the program
	// built from the same package, which inittrace checks.
	prog := mustBuild(t, dir, []string{"CGO_ENABLED=1"}, "./plug")
	progTasks := mustRead(t, prog)
	checkOrder(t, "program Order() versus inittrace", progTasks.Order(), tracetest.Trace(t, prog, "ex/plug"))
	checkOrder(t, "plugin Main versus program Main", tasks.Main, progTasks.Main)
	checkModulePackages(t, tasks.Order(), "ex/plug")
}

func TestBinaryTasksOrder(t *testing.T) {
	t.Parallel()
	tasks := &Tasks{Runtime: []string{"a", "b"}, Main: []string{"a", "c", "b", "d"}}
	checkOrder(t, "Order()", tasks.Order(), []string{"a", "b", "c", "d"})
}
