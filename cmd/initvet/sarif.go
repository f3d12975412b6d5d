package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/initvet/initvet/analyzer"
	"github.com/initvet/initvet/internal/posn"
)

// SARIF 2.1.0, the subset code-scanning services read: one run, one rule
// per analyzer, results with locations, related locations, and the call
// chain as a code flow.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	Name             string       `json:"name"`
	ShortDescription sarifMessage `json:"shortDescription"`
	FullDescription  sarifMessage `json:"fullDescription"`
	HelpURI          string       `json:"helpUri"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	CodeFlows        []sarifCodeFlow `json:"codeFlows,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifCodeFlow struct {
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifFlowLocation `json:"locations"`
}

type sarifFlowLocation struct {
	Location sarifLocation `json:"location"`
}

// writeSARIF prints the findings as a SARIF 2.1.0 log.
func writeSARIF(w io.Writer, findings []finding) {
	driver := sarifDriver{Name: "initvet", InformationURI: "https://pkg.go.dev/github.com/initvet/initvet", Version: moduleVersion()}
	index := map[string]int{}
	for i, a := range analyzer.All() {
		index[a.Name] = i
		driver.Rules = append(driver.Rules, sarifRule{ID: a.Name, Name: a.Name, ShortDescription: sarifMessage{docSummary(a.Doc)}, FullDescription: sarifMessage{a.Doc}, HelpURI: a.URL})
	}
	results := []sarifResult{}
	for _, f := range findings {
		res := sarifResult{
			RuleID: f.analyzer, RuleIndex: index[f.analyzer], Level: "warning",
			Message:   sarifMessage{f.message},
			Locations: []sarifLocation{location(f.posn, "")},
		}
		flow := []sarifFlowLocation{}
		for i, r := range f.related {
			loc := location(r.Posn, r.Message)
			id := i + 1
			loc.ID = &id
			res.RelatedLocations = append(res.RelatedLocations, loc)
			flow = append(flow, sarifFlowLocation{location(r.Posn, r.Message)})
		}
		if len(flow) > 0 {
			flow = append([]sarifFlowLocation{{location(f.posn, "reported here")}}, flow...)
			res.CodeFlows = []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{{Locations: flow}}}}
		}
		results = append(results, res)
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(log) // encoding these plain structs cannot fail
}

// location turns "file:line:col" into a SARIF location with a relative,
// slash-separated URI.
func location(pos, message string) sarifLocation {
	file, line, col := posn.Split(pos)
	loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{
		ArtifactLocation: sarifArtifact{URI: filepath.ToSlash(strings.TrimPrefix(file, "./"))},
		Region:           sarifRegion{StartLine: line, StartColumn: col},
	}}
	if message != "" {
		loc.Message = &sarifMessage{message}
	}
	return loc
}
