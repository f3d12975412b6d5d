// Package golangci registers initvet as a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it with "golangci-lint custom" and
// a .custom-gcl.yml naming module github.com/initvet/initvet and import
// github.com/initvet/initvet/golangci, then enable it in .golangci.yml:
//
//	linters:
//	  enable: [initvet]
//	  settings:
//	    custom:
//	      initvet:
//	        type: module
//	        description: package initialization order hazards
//	        settings:
//	          disable: [initflag]
//	          mainthread: ["example.com/gui.Show"]
//	          registries:
//	            - {func: "example.com/codec.Register", registry: "codecs", write: true}
//	            - {func: "example.com/codec.Lookup", registry: "codecs"}
package golangci

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/initeffect"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("initvet", New)
}

// Settings are the plugin's settings in .golangci.yml (keys arrive
// lower-cased).
type Settings struct {
	// Enable lists the analyzers to run; empty means all.
	Enable []string `json:"enable"`
	// Disable lists analyzers not to run.
	Disable []string `json:"disable"`
	// MainThread lists more main-thread-only functions, as
	// "import/path.Func" or "import/path.(*T).Method".
	MainThread []string `json:"mainthread"`
	// Registries models more registry functions.
	Registries []Registry `json:"registries"`
}

// Registry is one function that fills or reads a registry.
type Registry struct {
	Func     string `json:"func"`     // types.Func.FullName, e.g. "example.com/codec.Register"
	Registry string `json:"registry"` // a name for the registry
	Write    bool   `json:"write"`    // the function fills the registry (else it reads it)
	// Key is the number of the argument that names the entry, from 1
	// (a method's receiver is 1); 0 or absent when none does.
	Key int `json:"key"`
	// Duplicate says what a second write of an entry does: panic,
	// overwrite or first-wins.
	Duplicate string `json:"duplicate"`
}

// New returns the plugin for the given settings.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, a := range analyzer.All() {
		known[a.Name] = true
	}
	for _, name := range append(slices.Clone(s.Enable), s.Disable...) {
		if !known[name] {
			return nil, fmt.Errorf("initvet: unknown analyzer %q in settings", name)
		}
	}
	cfg := initeffect.Config{MainThread: s.MainThread}
	for _, r := range s.Registries {
		cfg.Registries = append(cfg.Registries, initeffect.Registry{Func: r.Func, Registry: r.Registry, Write: r.Write, Key: r.Key, Duplicate: r.Duplicate})
	}
	all, err := analyzer.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("initvet: %v", err)
	}
	return &plugin{settings: s, analyzers: all}, nil
}

type plugin struct {
	settings  Settings
	analyzers []*analysis.Analyzer // all of them, over the settings' model
}

// BuildAnalyzers returns the enabled analyzers.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var out []*analysis.Analyzer
	for _, a := range p.analyzers {
		if len(p.settings.Enable) > 0 && !slices.Contains(p.settings.Enable, a.Name) || slices.Contains(p.settings.Disable, a.Name) {
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

// GetLoadMode asks for type information: the analyzers need it.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
