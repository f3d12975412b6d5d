package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/internal/flagvalue"
	"github.com/initvet/initvet/internal/load"
	"github.com/initvet/initvet/internal/posn"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

const checkUsage = "initvet [-json|-sarif] [-tags=TAGS] [-baseline=FILE [-write-baseline]] [-mainthread=FUNCS] [-registry=SPECS] [-ANALYZER=false ...] PKGS"

// modelFlags extend the model the analyzers use, as the initfacts
// analyzer's flags do under go vet.
type modelFlags struct {
	mainThread, registries flagvalue.List
}

func (m *modelFlags) register(fs *flag.FlagSet) {
	fs.Var(&m.mainThread, "mainthread", "comma-separated functions that must run on the main OS thread: import/path.Func or import/path.(*T).Method")
	fs.Var(&m.registries, "registry", "comma-separated registry functions: write:import/path.Func=NAME (fills registry NAME) or read:import/path.Func=NAME; Func(N) keys the entry by argument N (from 1), NAME:panic, :overwrite or :first-wins says what a second write does")
}

// config returns the model settings the flags describe.
func (m *modelFlags) config() (initeffect.Config, error) {
	cfg := initeffect.Config{MainThread: m.mainThread}
	for _, r := range m.registries {
		reg, err := initeffect.ParseRegistry(r)
		if err != nil {
			return cfg, err
		}
		cfg.Registries = append(cfg.Registries, reg)
	}
	return cfg, nil
}

// analyzers returns the analyzers over the model the flags describe,
// sharing the whole program with them (see analyzer.NewShared).
func (m *modelFlags) analyzers(shared analyzer.Shared) ([]*analysis.Analyzer, error) {
	cfg, err := m.config()
	if err != nil {
		return nil, err
	}
	return analyzer.NewShared(cfg, shared)
}

// model returns the model the flags describe.
func (m *modelFlags) model() (*initeffect.Model, error) {
	cfg, err := m.config()
	if err != nil {
		return nil, err
	}
	return initeffect.NewModel(cfg)
}

// finding is one diagnostic with its analyzer and package.
type finding struct {
	pkg, analyzer string
	posn, end     string
	message       string
	related       []relatedDoc
	function      string // the declaration the finding is in, for baselines
}

type relatedDoc struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// runCheck runs the analyzers over the packages, loading every
// dependency from source. Packages that fail to load are reported, one
// line per error, and the others are still analyzed.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("initvet", checkUsage, stderr)
	tags := fs.String("tags", "", "comma-separated build tags")
	asJSON := fs.Bool("json", false, "print findings as go vet -json does")
	asSARIF := fs.Bool("sarif", false, "print findings as a SARIF 2.1.0 log")
	baselineFile := fs.String("baseline", "", "report only findings not recorded in this baseline file")
	write := fs.Bool("write-baseline", false, "record the current findings in the -baseline file instead of reporting them")
	prof := addProfileFlags(fs)
	var model modelFlags
	model.register(fs)
	enabled := map[string]*bool{}
	for _, a := range analyzer.All() {
		enabled[a.Name] = fs.Bool(a.Name, true, "enable the "+a.Name+" analyzer: "+docSummary(a.Doc))
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 || *asJSON && *asSARIF || *write && *baselineFile == "" {
		fs.Usage()
		return exitUsage
	}
	if _, err := model.model(); err != nil {
		fmt.Fprintf(stderr, "initvet: %v\n", err)
		return exitUsage
	}
	if err := prof.start(); err != nil {
		return failed(stderr, err)
	}
	opts := checkOptions{model: &model, enabled: enabled, tags: *tags, baseline: *baselineFile, writeBaseline: *write, json: *asJSON, sarif: *asSARIF}
	code := check(opts, fs.Args(), stdout, stderr)
	if err := prof.stop(); err != nil {
		return failed(stderr, err)
	}
	return code
}

// checkOptions are the settings of one analyzer run.
type checkOptions struct {
	model          *modelFlags
	enabled        map[string]*bool // by analyzer name
	tags, baseline string
	writeBaseline  bool
	json, sarif    bool
}

// check loads the packages, runs the analyzers and prints the findings.
func check(opts checkOptions, patterns []string, stdout, stderr io.Writer) int {
	cfg := &packages.Config{Mode: inittask.LoadMode}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	model, err := opts.model.model()
	if err != nil {
		return failed(stderr, err)
	}
	pkgs, err := load.Metadata(cfg, patterns...)
	if err != nil {
		return failed(stderr, err)
	}
	defer boundHeap(pkgs)()
	load.Syntax(pkgs, unfollowedStd(model))
	code := exitOK
	for _, e := range inittask.PackageErrors(pkgs, "") {
		fmt.Fprintln(stderr, errorLine(e))
		code = exitError
	}
	findings, err := analyze(opts, model, pkgs)
	if err == nil && opts.writeBaseline {
		if err = writeBaseline(opts.baseline, findings); err == nil {
			fmt.Fprintf(stderr, "initvet: recorded %d findings in %s\n", len(findings), opts.baseline)
			return code
		}
	}
	if err == nil && opts.baseline != "" {
		findings, err = newFindings(opts.baseline, findings)
	}
	if err != nil {
		return failed(stderr, err)
	}
	switch {
	case opts.json:
		writeFindingsJSON(stdout, findings)
	case opts.sarif:
		writeSARIF(stdout, distinct(findings))
	default:
		for _, f := range distinct(findings) {
			fmt.Fprintf(stdout, "%s: %s\n", f.posn, f.message)
			for _, r := range f.related {
				fmt.Fprintf(stdout, "\t%s: %s\n", r.Posn, r.Message)
			}
		}
	}
	if len(findings) > 0 && code == exitOK {
		code = exitFindings
	}
	return code
}

// analyze runs the enabled analyzers and returns their findings, sorted
// by position. Packages with errors are skipped.
func analyze(opts checkOptions, model *initeffect.Model, pkgs []*packages.Package) ([]finding, error) {
	var ok []*packages.Package
	for _, p := range pkgs {
		if !hasErrors(p) {
			ok = append(ok, p)
		}
	}
	if len(ok) == 0 {
		return nil, nil
	}
	prog := newWholeProgram(ok, model)
	all, err := opts.model.analyzers(analyzer.Shared{SSA: prog.ssa, Done: prog.release})
	if err != nil {
		return nil, err
	}
	var run []*analysis.Analyzer
	for _, a := range all {
		if *opts.enabled[a.Name] {
			run = append(run, a)
		}
	}
	if len(run) == 0 {
		return nil, nil
	}
	graph, err := checker.Analyze(run, ok, &checker.Options{})
	if err != nil {
		return nil, err
	}
	var out []finding
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err)
		}
		for _, d := range act.Diagnostics {
			f := finding{
				pkg: act.Package.PkgPath, analyzer: act.Analyzer.Name,
				posn: relPath(act.Package.Fset.Position(d.Pos).String()), message: d.Message,
			}
			f.function = enclosing(act.Package.Syntax, d.Pos)
			f.end = f.posn
			if d.End.IsValid() {
				f.end = relPath(act.Package.Fset.Position(d.End).String())
			}
			for _, r := range d.Related {
				f.related = append(f.related, relatedDoc{Posn: relPath(act.Package.Fset.Position(r.Pos).String()), Message: r.Message})
			}
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].posn != out[j].posn {
			return posn.Less(out[i].posn, out[j].posn)
		}
		if out[i].message != out[j].message {
			return out[i].message < out[j].message
		}
		return out[i].analyzer < out[j].analyzer // repeats next to each other (see distinct)
	})
	return out, nil
}

// distinct returns findings, sorted as analyze sorts them, without the
// repeats of one finding that several packages reported: a whole-program check reports in each
// command that links the packages involved, and a list of findings
// names each once. The JSON output keeps go vet's shape, per package.
func distinct(findings []finding) []finding {
	return slices.CompactFunc(slices.Clone(findings), func(a, b finding) bool {
		return a.analyzer == b.analyzer && a.posn == b.posn && a.message == b.message && slices.Equal(a.related, b.related)
	})
}

// hasErrors reports whether p or a dependency failed to load.
func hasErrors(p *packages.Package) bool {
	bad := false
	packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
		bad = bad || len(q.Errors) > 0
	})
	return bad
}

// writeFindingsJSON prints findings in go vet -json's shape:
// {"pkgpath": {"analyzer": [{"posn": ..., "message": ..., "related": [...]}]}}.
func writeFindingsJSON(w io.Writer, findings []finding) {
	type diag struct {
		Posn    string       `json:"posn"`
		End     string       `json:"end"`
		Message string       `json:"message"`
		Related []relatedDoc `json:"related,omitempty"`
	}
	tree := map[string]map[string][]diag{}
	for _, f := range findings {
		if tree[f.pkg] == nil {
			tree[f.pkg] = map[string][]diag{}
		}
		tree[f.pkg][f.analyzer] = append(tree[f.pkg][f.analyzer], diag{f.posn, f.end, f.message, f.related})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(tree) // encoding maps of strings cannot fail
}

// isVetTool reports whether initvet was started by go vet -vettool: with
// -V=full, -flags, or a unit configuration file.
func isVetTool(args []string) bool {
	for _, a := range args {
		if a == "-flags" || strings.HasPrefix(a, "-V") || strings.HasSuffix(a, ".cfg") {
			return true
		}
	}
	return false
}
