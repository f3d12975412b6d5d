package golangci

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const golangciModule = "github.com/golangci/golangci-lint/v2@v2.15.0"

// TestGolangciBuild builds golangci-lint v2.15.0 with this plugin the way
// that works with only a module proxy (no git clone): its source from
// the module cache, cmd/golangci-lint/plugins.go replaced by a blank
// import of this package, then runs it on testdata/cli and requires the
// same findings as the standalone initvet. It runs with INITVET_REAL=1.
func TestGolangciBuild(t *testing.T) {
	if os.Getenv("INITVET_REAL") != "1" {
		t.Skip("builds golangci-lint (minutes); run with INITVET_REAL=1")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	out := goCmd(t, tmp, "mod", "download", "-json", golangciModule)
	var mod struct{ Dir string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	src := filepath.Join(tmp, "golangci-lint")
	if err := os.CopyFS(src, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	makeWritable(t, src)
	plugins := "package main\n\nimport _ \"github.com/initvet/initvet/golangci\"\n"
	if err := os.WriteFile(filepath.Join(src, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644); err != nil {
		t.Fatal(err)
	}
	goCmd(t, src, "mod", "edit", "-require=github.com/initvet/initvet@v0.0.0", "-replace=github.com/initvet/initvet="+root)
	goCmd(t, src, "mod", "tidy")
	bin := filepath.Join(tmp, "golangci-lint-initvet")
	goCmd(t, src, "build", "-o", bin, "./cmd/golangci-lint")

	work := filepath.Join(tmp, "cli")
	if err := os.CopyFS(work, os.DirFS(filepath.Join(root, "testdata", "cli"))); err != nil {
		t.Fatal(err)
	}
	makeWritable(t, work)
	config := `version: "2"
linters:
  default: none
  enable: [initvet]
  settings:
    custom:
      initvet:
        type: module
        description: package initialization hazards
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`
	if err := os.WriteFile(filepath.Join(work, ".golangci.yml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	initvet := filepath.Join(tmp, "initvet")
	goCmd(t, root, "build", "-o", initvet, "./cmd/initvet")
	configFile := filepath.Join(work, ".golangci.yml")
	compare(t, bin, initvet, configFile, work, work, nil, []string{"./..."}, []string{"./..."})

	// A model extended by settings (analyzer.TestCustomModel): the
	// corpus's findings exist only with them.
	t.Run("settings", func(t *testing.T) {
		corpus := filepath.Join(root, "analyzer", "testdata")
		settingsConfig := filepath.Join(tmp, "settings.golangci.yml")
		linters, issues, _ := strings.Cut(config, "issues:")
		withSettings := linters + `        settings:
          mainthread: [example.com/gui.Show]
          registries:
            - {func: example.com/codec.Register, registry: codecs, write: true}
            - {func: example.com/codec.Lookup, registry: codecs}
            - {func: example.com/modreg.Register, registry: modules, write: true, key: 1, duplicate: panic}
issues:` + issues
		if err := os.WriteFile(settingsConfig, []byte(withSettings), 0o644); err != nil {
			t.Fatal(err)
		}
		env := []string{"GO111MODULE=off", "GOPATH=" + corpus, "GOFLAGS="}
		flags := []string{"-mainthread=example.com/gui.Show",
			"-registry=write:example.com/codec.Register=codecs,read:example.com/codec.Lookup=codecs,write:example.com/modreg.Register(1)=modules:panic"}
		compare(t, bin, initvet, settingsConfig, filepath.Join(corpus, "src"), corpus, env,
			[]string{"./example.com/app/...", "./example.com/appgui/...", "./example.com/modapp/..."},
			append(flags, "example.com/app", "example.com/appgui", "example.com/modapp"))
	})

	// Every analyzer corpus (GOPATH layout), in GOPATH mode.
	corpora, err := filepath.Glob(filepath.Join(root, "analyzer", "*", "testdata"))
	if err != nil || len(corpora) == 0 {
		t.Fatalf("no corpora: %v", err)
	}
	for _, corpus := range corpora {
		dirs, _ := filepath.Glob(filepath.Join(corpus, "src", "example.com", "*"))
		var pkgs []string
		for _, d := range dirs {
			pkgs = append(pkgs, "example.com/"+filepath.Base(d))
		}
		env := []string{"GO111MODULE=off", "GOPATH=" + corpus, "GOFLAGS="}
		t.Run(filepath.Base(filepath.Dir(corpus)), func(t *testing.T) {
			// golangci-lint takes directories; in GOPATH mode they map to import paths.
			compare(t, bin, initvet, configFile, filepath.Join(corpus, "src"), corpus, env, []string{"./example.com/..."}, pkgs)
		})
	}

	// Our own code is clean under our .golangci.yml, initvet included.
	self := exec.Command(bin, "run", "./...")
	self.Dir = root
	if out, err := self.CombinedOutput(); err != nil {
		t.Errorf("golangci-lint run on initvet's own code (.golangci.yml): %v\n%s", err, out)
	}
}

// compare runs golangci-lint (with the config) on lintArgs in lintDir and
// the standalone initvet on args (flags, then packages) in dir, and
// requires the same findings.
func compare(t *testing.T, golangci, initvet, config, lintDir, dir string, env, lintArgs, args []string) {
	t.Helper()
	lint := exec.Command(golangci, append([]string{"run", "--config=" + config, "--output.json.path=stdout", "--show-stats=false"}, lintArgs...)...)
	lint.Dir, lint.Env = lintDir, append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	lint.Stdout, lint.Stderr = &stdout, &stderr
	if err := lint.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Fatalf("golangci-lint run: %v\n%s\n%s", err, stdout.String(), stderr.String())
		}
	}
	var report struct {
		Issues []struct {
			Text string
			Pos  struct{ Filename string }
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s", err, stdout.String())
	}
	var got []string
	for _, is := range report.Issues {
		analyzer, msg, _ := strings.Cut(is.Text, ": ")
		if strings.HasSuffix(analyzer, "(related information)") {
			continue
		}
		file := is.Pos.Filename
		if !filepath.IsAbs(file) {
			file = filepath.Join(filepath.Dir(config), file) // golangci-lint v2 paths are relative to the config file
		}
		got = append(got, relative(dir, file)+": "+msg)
	}
	slices.Sort(got)

	standalone := exec.Command(initvet, args...)
	standalone.Dir, standalone.Env = dir, append(os.Environ(), env...)
	sout, _ := standalone.Output()
	var want []string
	for line := range strings.Lines(string(sout)) {
		// file:line:col: message, then its related positions, indented
		if strings.HasPrefix(line, "\t") {
			continue
		}
		if parts := strings.SplitN(strings.TrimSpace(line), ":", 4); len(parts) == 4 {
			file := parts[0]
			if !filepath.IsAbs(file) {
				file = filepath.Join(dir, file)
			}
			want = append(want, relative(dir, file)+": "+strings.TrimSpace(parts[3]))
		}
	}
	slices.Sort(want)
	if len(want) == 0 {
		t.Fatalf("standalone initvet found nothing in %s", dir)
	}
	if !slices.Equal(got, want) {
		t.Errorf("golangci-lint findings differ from standalone initvet in %s:\n--- golangci-lint ---\n%s\n--- initvet ---\n%s",
			dir, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// relative makes an absolute file name relative to dir, slash-separated.
func relative(dir, file string) string {
	if rel, err := filepath.Rel(dir, file); err == nil {
		file = rel
	}
	return filepath.ToSlash(file)
}

func goCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	out, err := cmd.Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			out = append(out, exit.Stderr...)
		}
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return out
}

// makeWritable undoes the module cache's read-only modes.
func makeWritable(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := os.FileMode(0o644)
		if d.IsDir() {
			mode = 0o755
		}
		return os.Chmod(path, mode)
	})
	if err != nil {
		t.Fatal(err)
	}
}
