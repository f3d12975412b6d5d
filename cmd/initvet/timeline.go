package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/timeline"
)

const timelineUsage = "initvet timeline [-buildmode=MODE] [-tags=TAGS] [-mainthread=FUNCS] [-registry=SPECS] [-json|-dot|-mermaid] PKG"

func runTimeline(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("timeline", timelineUsage, stderr)
	var b buildFlags
	b.register(fs)
	asJSON := fs.Bool("json", false, "print the timeline as JSON")
	asDot := fs.Bool("dot", false, "draw the init dependency graph in Graphviz dot")
	asMermaid := fs.Bool("mermaid", false, "draw the init dependency graph in Mermaid")
	var flags modelFlags
	flags.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 || count(*asJSON, *asDot, *asMermaid) > 1 {
		fs.Usage()
		return exitUsage
	}
	model, err := flags.model()
	if err != nil {
		fmt.Fprintf(stderr, "initvet: %v\n", err)
		return exitUsage
	}
	prog, code := loadProgram(&b, fs.Arg(0), stderr)
	if prog == nil {
		return code
	}
	tl := timeline.Simulate(prog, timeline.SummarizeProgram(prog, model), model)
	switch {
	case *asJSON:
		return writeJSON(stdout, stderr, timelineJSON(tl))
	case *asDot:
		writeDot(stdout, tl)
	case *asMermaid:
		writeMermaid(stdout, tl)
	default:
		writeTimeline(stdout, tl)
	}
	return exitOK
}

func count(flags ...bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
}

// writeTimeline prints the simulated runtime.main for people.
func writeTimeline(w io.Writer, tl *timeline.Timeline) {
	prog := tl.Program
	fmt.Fprintf(w, "runtime.main for %s (-buildmode=%s)\n", prog.Root.Path, prog.Mode)
	for _, st := range tl.Steps {
		mark := " "
		if !st.Ran {
			mark = "-"
		}
		fmt.Fprintf(w, "%s%2d. %-46s thread: %s\n", mark, st.N, st.Name, lockText(st.Lock))
		if st.Detail != "" {
			fmt.Fprintf(w, "      %s\n", st.Detail)
		}
		for _, t := range st.Tasks {
			writeTask(w, prog, t)
			writeShared(w, tl, t.Package)
		}
		if sum := tl.Summaries[prog.Root]; st.N == len(tl.Steps) && !st.Ran && sum != nil {
			writeNeverRuns(w, sum.Main)
		}
	}
	fmt.Fprintf(w, "outcome: %s\n", outcomeText(prog, tl.Outcome))
	for _, o := range tl.Possible {
		fmt.Fprintf(w, "     or, on some paths: %s\n", outcomeText(prog, *o))
	}
}

func writeTask(w io.Writer, prog *inittask.Program, t *timeline.Task) {
	status := ""
	if !t.Ran {
		status = "  (never runs)"
	}
	fmt.Fprintf(w, "      [%d] %s%s\n", t.Run, t.Package.Path, status)
	for _, it := range t.Items {
		if it.Var != nil {
			fmt.Fprintf(w, "          var %s  %s  (%s)\n", it.Var.Names(), position(prog.Fset, it.Pos()), it.Var.Reason)
		} else {
			fmt.Fprintf(w, "          func init  %s\n", position(prog.Fset, it.Pos()))
		}
		for _, ev := range it.Events {
			e := ev.Effect
			may := ""
			if e.Conditional {
				may = "may "
			}
			kind := string(e.Kind)
			if e.Kind == initeffect.KindWrite {
				kind = "registers " + e.Var.String() + ":" // the only writes a timeline shows
			}
			fmt.Fprintf(w, "            %s%s %s  %s  thread: %s\n", may, kind, e.ChainString(), sitePos(prog, e.Chain[len(e.Chain)-1]), lockText(ev.Lock))
			if ev.IfRuns != nil {
				fmt.Fprintf(w, "              if it runs: %s\n", outcomeText(prog, *ev.IfRuns))
			}
		}
	}
}

// sitePos prints a chain site's position relative to the current directory.
func sitePos(prog *inittask.Program, s initeffect.Site) string {
	if s.TokenPos().IsValid() {
		return position(prog.Fset, s.TokenPos())
	}
	return relPath(s.Pos)
}

// writeShared marks, under a reader's task, the state it reads that an
// unrelated package's init writes.
func writeShared(w io.Writer, tl *timeline.Timeline, p *inittask.Package) {
	for _, s := range tl.Shared {
		if s.Reader != p.Path {
			continue
		}
		verdict := "runs later: this read finds it empty"
		if !s.ReaderFirst {
			verdict = "ran earlier only by the linker's order: fragile"
		}
		fmt.Fprintf(w, "          ! reads %s (%s); the init of %s writes it and %s\n", s.State, s.Read.ChainString(), s.Writer, verdict)
	}
}

// writeNeverRuns lists what main.main would do when it never runs.
func writeNeverRuns(w io.Writer, effects []initeffect.Effect) {
	for _, e := range effects {
		switch e.Kind {
		case initeffect.KindFlagParse, initeffect.KindBlock, initeffect.KindGo, initeffect.KindWrite:
			fmt.Fprintf(w, "          ! never happens: %s %s\n", e.Kind, e.ChainString())
		}
	}
}

func lockText(l timeline.LockState) string {
	switch {
	case l.Runtime && l.User > 0:
		return fmt.Sprintf("locked (runtime, LockOSThread x%d)", l.User)
	case l.Runtime:
		return "locked (runtime)"
	case l.User > 0:
		return fmt.Sprintf("locked (LockOSThread x%d)", l.User)
	}
	return "unlocked"
}

func outcomeText(prog *inittask.Program, o timeline.Outcome) string {
	switch o.Kind {
	case timeline.OutcomeReturn:
		return fmt.Sprintf("runtime.main returns after init (-buildmode=%s): main.main never runs", prog.Mode)
	case timeline.OutcomeExit:
		return fmt.Sprintf("%s in %s init (%s) ends the process: the remaining inits and main.main never run",
			o.By.Effect.ChainString(), o.ByPackage.Path, byPos(prog, o.By))
	case timeline.OutcomeGoexit:
		return fmt.Sprintf("%s in %s init (%s): the deferred unlockOSThread runs, the remaining inits and main.main never run; "+
			"the program dies with \"no goroutines (main called runtime.Goexit) - deadlock!\"",
			o.By.Effect.ChainString(), o.ByPackage.Path, byPos(prog, o.By))
	case timeline.OutcomeBlock:
		return fmt.Sprintf("%s in %s init (%s) blocks forever: the remaining inits and main.main never run",
			o.By.Effect.ChainString(), o.ByPackage.Path, byPos(prog, o.By))
	case timeline.OutcomePanic:
		with := ""
		if o.Panic != "" {
			with = fmt.Sprintf(" with %q", o.Panic)
		}
		return fmt.Sprintf("%s in %s init (%s) registers %s again and panics%s: the remaining inits and main.main never run",
			o.By.Effect.ChainString(), o.ByPackage.Path, byPos(prog, o.By), o.By.Effect.Var, with)
	}
	if o.MainLocked {
		return fmt.Sprintf("main.main runs locked to the main OS thread: %s in %s init (%s)",
			o.By.Effect.ChainString(), o.ByPackage.Path, byPos(prog, o.By))
	}
	return "main.main runs on any thread"
}

// byPos is the position of the effect that decided the outcome.
func byPos(prog *inittask.Program, ev *timeline.Event) string {
	return sitePos(prog, ev.Effect.Chain[len(ev.Effect.Chain)-1])
}

// graphNode is a package with an init task, as drawn in dot and mermaid.
type graphNode struct {
	id, label string
	effects   []initeffect.Kind
}

// graphOf lists the nodes and edges of the init dependency graph: the
// packages with init tasks, numbered by run position, and their imports.
func graphOf(tl *timeline.Timeline) ([]graphNode, [][2]string) {
	prog := tl.Program
	effects := map[*inittask.Package][]initeffect.Kind{}
	for _, st := range tl.Steps {
		for _, t := range st.Tasks {
			for _, it := range t.Items {
				for _, ev := range it.Events {
					if !slices.Contains(effects[t.Package], ev.Effect.Kind) {
						effects[t.Package] = append(effects[t.Package], ev.Effect.Kind)
					}
				}
			}
		}
	}
	ids := map[*inittask.Package]string{}
	var nodes []graphNode
	for i, p := range prog.Tasks {
		ids[p] = fmt.Sprintf("n%d", i)
		label := p.Path + "\\n(no functions)"
		if p.Place.Run >= 0 {
			label = fmt.Sprintf("%d. %s", p.Place.Run+1, p.Path)
		}
		nodes = append(nodes, graphNode{id: ids[p], label: label, effects: effects[p]})
	}
	var edges [][2]string
	for _, p := range prog.Tasks {
		for _, q := range p.Imports {
			if q.HasTask {
				edges = append(edges, [2]string{ids[p], ids[q]})
			}
		}
	}
	return nodes, edges
}

// sharedEdges are reader → writer edges that no import enforces.
func sharedEdges(tl *timeline.Timeline) [][3]string {
	ids := map[string]string{}
	for i, p := range tl.Program.Tasks {
		ids[p.Path] = fmt.Sprintf("n%d", i)
	}
	var out [][3]string
	for _, s := range tl.Shared {
		out = append(out, [3]string{ids[s.Reader], ids[s.Writer], "reads " + s.State.String()})
	}
	return out
}

func effectNames(effects []initeffect.Kind) string {
	names := make([]string, len(effects))
	for i, e := range effects {
		names[i] = string(e)
	}
	return strings.Join(names, ", ")
}

func hasEffect(effects []initeffect.Kind, kinds ...initeffect.Kind) bool {
	for _, e := range effects {
		for _, k := range kinds {
			if e == k {
				return true
			}
		}
	}
	return false
}

func writeDot(w io.Writer, tl *timeline.Timeline) {
	nodes, edges := graphOf(tl)
	fmt.Fprintln(w, "digraph initorder {")
	fmt.Fprintln(w, "\trankdir=BT;")
	fmt.Fprintln(w, "\tnode [shape=box];")
	for _, n := range nodes {
		attrs := fmt.Sprintf("label=%q", n.label)
		attrs = strings.ReplaceAll(attrs, `\\n`, `\n`)
		switch {
		case hasEffect(n.effects, initeffect.KindExit, initeffect.KindGoexit, initeffect.KindBlock):
			attrs += fmt.Sprintf(`, color=red, style=bold, xlabel="%s"`, effectNames(n.effects))
		case hasEffect(n.effects, initeffect.KindLock, initeffect.KindUnlock):
			attrs += fmt.Sprintf(`, color=blue, style=bold, xlabel="%s"`, effectNames(n.effects))
		}
		fmt.Fprintf(w, "\t%s [%s];\n", n.id, attrs)
	}
	for _, e := range edges {
		fmt.Fprintf(w, "\t%s -> %s;\n", e[0], e[1])
	}
	for _, e := range sharedEdges(tl) {
		fmt.Fprintf(w, "\t%s -> %s [style=dashed, color=red, label=%q];\n", e[0], e[1], e[2])
	}
	fmt.Fprintln(w, "}")
}

func writeMermaid(w io.Writer, tl *timeline.Timeline) {
	nodes, edges := graphOf(tl)
	fmt.Fprintln(w, "graph BT")
	for _, n := range nodes {
		label := strings.ReplaceAll(n.label, `\n`, "<br>")
		if len(n.effects) > 0 {
			label += "<br>" + effectNames(n.effects)
		}
		fmt.Fprintf(w, "\t%s[\"%s\"]\n", n.id, label)
	}
	for _, e := range edges {
		fmt.Fprintf(w, "\t%s --> %s\n", e[0], e[1])
	}
	for _, e := range sharedEdges(tl) {
		fmt.Fprintf(w, "\t%s -. \"%s\" .-> %s\n", e[0], e[2], e[1])
	}
	for _, n := range nodes {
		switch {
		case hasEffect(n.effects, initeffect.KindExit, initeffect.KindGoexit, initeffect.KindBlock):
			fmt.Fprintf(w, "\tclass %s exit\n", n.id)
		case hasEffect(n.effects, initeffect.KindLock, initeffect.KindUnlock):
			fmt.Fprintf(w, "\tclass %s lock\n", n.id)
		}
	}
	fmt.Fprintln(w, "\tclassDef exit stroke:#d00,stroke-width:3px")
	fmt.Fprintln(w, "\tclassDef lock stroke:#00d,stroke-width:3px")
}
