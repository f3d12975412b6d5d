package initdup

import (
	"fmt"
	"go/version"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/initvet/initvet/analyzer/internal/initfacts"
	"github.com/initvet/initvet/analyzer/internal/report"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

// defaultMux is the state that http.Handle and http.HandleFunc fill,
// keyed by the pattern.
var defaultMux = initeffect.VarKey{Pkg: "net/http", Name: "DefaultServeMux", Registry: true}

// muxConflicts reports, in package main, two inits that register
// conflicting patterns on http.DefaultServeMux: the second registration
// panics. Whether two patterns conflict is what net/http's own ServeMux
// says, for the Go release initvet is built with (the rules of Go 1.22
// and later: methods, hosts, wildcards, "GET /x" against "/x").
func muxConflicts(pass *analysis.Pass, res *initfacts.Result, r *report.Reporter, rank map[string]int) {
	if !patternMux(pass) {
		return
	}
	var regs []registration
	for _, p := range res.Program {
		if _, runs := rank[p.Path]; !runs {
			continue
		}
		for _, e := range p.Effects {
			if e.Kind == initeffect.KindWrite && e.Var != nil && e.Var.State() == defaultMux && e.Var.Key != "" && !e.Var.Dynamic {
				regs = append(regs, registration{pkg: p.Path, eff: e})
			}
		}
	}
	sort.SliceStable(regs, func(i, j int) bool { return rank[regs[i].pkg] < rank[regs[j].pkg] })
	for i, b := range regs {
		for _, a := range regs[:i] {
			conflict, why, ok := patternsConflict(a.eff.Var.Key, b.eff.Var.Key)
			if !ok {
				continue
			}
			panics := "panics"
			if a.eff.Conditional || b.eff.Conditional {
				panics = "can panic (on some paths)"
			}
			at := report.ImportPos(pass, b.pkg)
			related := []analysis.RelatedInformation{
				{Pos: r.HazardOrImport(a.eff, a.pkg), Message: "the init of " + a.pkg + " registers " + fmt.Sprintf("%q", a.eff.Var.Key) + " first: " + report.Chain(a.eff)},
			}
			related = append(related, analysis.RelatedInformation{Pos: at, Message: strings.TrimSpace("net/http panics with " + conflict + " " + why)})
			r.AtHazard(b.eff, at, "the init of "+b.pkg+", imported here, registers "+fmt.Sprintf("%q", b.eff.Var.Key)+": "+report.Chain(b.eff), fmt.Sprintf("the init of %s registers %q on http.DefaultServeMux, which conflicts with %q from the init of %s: it %s before main.main",
				b.pkg, b.eff.Var.Key, a.eff.Var.Key, a.pkg, panics), related...)
			break
		}
	}
}

// registeredAt is the location net/http's conflict message gives each
// pattern, which is initvet's own here.
var registeredAt = regexp.MustCompile(` \(registered at [^)]*\)`)

// patternsConflict reports whether registering pattern second on a
// ServeMux that has first panics, with the panic's first line (without
// the registration sites) and net/http's explanation. Invalid patterns
// are not conflicts.
func patternsConflict(first, second string) (msg, why string, conflict bool) {
	h := http.NotFoundHandler()
	if !registers(http.NewServeMux(), first, h) || !registers(http.NewServeMux(), second, h) {
		return "", "", false
	}
	mux := http.NewServeMux()
	registers(mux, first, h)
	defer func() {
		if p := recover(); p != nil {
			text := registeredAt.ReplaceAllString(fmt.Sprint(p), "")
			msg, why, _ = strings.Cut(text, "\n")
			conflict = true
		}
	}()
	mux.Handle(second, h)
	return "", "", false
}

// registers reports whether mux accepts pattern without panicking.
func registers(mux *http.ServeMux, pattern string, h http.Handler) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mux.Handle(pattern, h)
	return true
}

// patternMux reports whether the program that package main builds uses
// the ServeMux of Go 1.22 and later: its module's go version is 1.22 or
// later (GOPATH mode and older modules get GODEBUG httpmuxgo121=1, the
// Go 1.21 mux, whose registrations the model does not key), or one of
// main's //go:debug directives sets httpmuxgo121 or the default.
// The godebug lines of go.mod are not seen.
func patternMux(pass *analysis.Pass) bool {
	goVersion := "go1.20"
	if pass.Module != nil && pass.Module.GoVersion != "" {
		goVersion = "go" + strings.TrimPrefix(pass.Module.GoVersion, "go")
	}
	setting := ""
	for _, f := range pass.Files {
		for _, g := range f.Comments {
			if g.Pos() > f.Package {
				break
			}
			for _, c := range g.List {
				kv, ok := strings.CutPrefix(c.Text, "//go:debug ")
				if !ok {
					continue
				}
				k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
				switch k {
				case "httpmuxgo121":
					setting = v
				case "default":
					goVersion = "go" + strings.TrimPrefix(v, "go")
				}
			}
		}
	}
	if setting != "" {
		return setting != "1"
	}
	return version.Compare(goVersion, "go1.22") >= 0
}
