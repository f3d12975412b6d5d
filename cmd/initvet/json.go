package main

import (
	"go/token"

	"github.com/initvet/initvet/inittask"
	"github.com/initvet/initvet/timeline"
)

// orderDoc is the JSON form of "initvet order -json".
type orderDoc struct {
	Program   string       `json:"program"`
	BuildMode string       `json:"buildmode"`
	Packages  []packageDoc `json:"packages"`
}

type packageDoc struct {
	Path      string        `json:"path"`
	Symbol    string        `json:"symbol"`
	Phase     string        `json:"phase"`
	Run       int           `json:"run"`  // 1-based position in the run order
	Task      int           `json:"task"` // 1-based position among all tasks of the linker's list
	Functions []functionDoc `json:"functions"`
	Reason    reasonDoc     `json:"reason"`
}

type functionDoc struct {
	Kind   string `json:"kind"` // "var" or "init"
	Name   string `json:"name"`
	Pos    string `json:"pos"`
	Reason string `json:"why,omitempty"` // for "var": what needs code at run time
}

// reasonDoc says why a package is at its place: "first" (no import
// with an init task and smallest symbol), "import" (it became ready when
// that import finished), or "lexical" (it was ready earlier, but After's
// symbol sorts first).
type reasonDoc struct {
	Kind    string   `json:"kind"`
	Import  string   `json:"import,omitempty"`
	After   string   `json:"after,omitempty"`
	Symbols []string `json:"symbols,omitempty"` // the two linker symbols compared
}

func orderJSON(prog *inittask.Program) orderDoc {
	doc := orderDoc{Program: prog.Root.Path, BuildMode: string(prog.Mode), Packages: []packageDoc{}}
	for _, p := range prog.Schedule {
		doc.Packages = append(doc.Packages, packageDoc{
			Path:      p.Path,
			Symbol:    p.Symbol,
			Phase:     string(p.Place.Phase),
			Run:       p.Place.Run + 1,
			Task:      p.Place.Task + 1,
			Functions: functionsOf(prog.Fset, p),
			Reason:    reasonOf(p),
		})
	}
	return doc
}

func functionsOf(fset *token.FileSet, p *inittask.Package) []functionDoc {
	out := []functionDoc{}
	for _, v := range p.Vars {
		if v.Dynamic {
			out = append(out, functionDoc{Kind: "var", Name: v.Names(), Pos: position(fset, v.Pos()), Reason: v.Reason})
		}
	}
	for _, f := range p.Funcs {
		if !f.Empty {
			out = append(out, functionDoc{Kind: "init", Name: "init", Pos: position(fset, f.Pos())})
		}
	}
	return out
}

func reasonOf(p *inittask.Package) reasonDoc {
	pl := p.Place
	switch {
	case pl.TieWith != nil:
		r := reasonDoc{Kind: "lexical", After: pl.TieWith.Path, Symbols: []string{pl.TieWith.TaskSymbol(), p.TaskSymbol()}}
		if pl.WaitedFor != nil {
			r.Import = pl.WaitedFor.Path
		}
		return r
	case pl.WaitedFor != nil:
		return reasonDoc{Kind: "import", Import: pl.WaitedFor.Path}
	}
	return reasonDoc{Kind: "first"}
}

// position formats a position with the file name relative to the
// current directory.
func position(fset *token.FileSet, pos token.Pos) string {
	if !pos.IsValid() {
		return "-"
	}
	return relPath(fset.Position(pos).String())
}

// timelineDoc is the JSON form of "initvet timeline -json".
type timelineDoc struct {
	Program   string      `json:"program"`
	BuildMode string      `json:"buildmode"`
	Steps     []stepDoc   `json:"steps"`
	Outcome   outcomeDoc  `json:"outcome"`
	Shared    []sharedDoc `json:"shared,omitempty"`
}

// sharedDoc is state an init reads that an unrelated package's init writes.
type sharedDoc struct {
	State       string `json:"state"`
	Reader      string `json:"reader"`
	Writer      string `json:"writer"`
	Read        string `json:"read"`
	Write       string `json:"write"`
	ReaderFirst bool   `json:"readerRunsFirst"`
}

type stepDoc struct {
	N      int       `json:"n"`
	Name   string    `json:"name"`
	Detail string    `json:"detail,omitempty"`
	Ran    bool      `json:"ran"`
	Thread threadDoc `json:"thread"`
	Tasks  []taskDoc `json:"tasks,omitempty"`
}

type threadDoc struct {
	Locked  bool `json:"locked"`
	Runtime bool `json:"runtime"`
	User    int  `json:"user"`
}

type taskDoc struct {
	Run   int       `json:"run"`
	Path  string    `json:"path"`
	Ran   bool      `json:"ran"`
	Items []itemDoc `json:"items"`
}

type itemDoc struct {
	functionDoc
	Events []eventDoc `json:"events,omitempty"`
}

// eventDoc is an effect at its point of the timeline.
type eventDoc struct {
	Kind        string    `json:"kind"`
	Name        string    `json:"name"`
	Chain       []siteDoc `json:"chain"`
	Conditional bool      `json:"conditional"`
	Thread      threadDoc `json:"thread"`
	// IfRuns is how runtime.main ends if a conditional exit, Goexit,
	// block or panicking registration happens.
	IfRuns string `json:"ifRuns,omitempty"`
}

type siteDoc struct {
	Func string `json:"func"`
	Pos  string `json:"pos"`
}

type outcomeDoc struct {
	Kind       string    `json:"kind"`
	MainLocked bool      `json:"mainLocked"`
	By         *eventDoc `json:"by,omitempty"`
	Package    string    `json:"package,omitempty"`
	// Panic is the message of a panicking registration, when known.
	Panic string `json:"panic,omitempty"`
	// Possible are the other ways runtime.main can end, on some paths.
	Possible []outcomeDoc `json:"possible,omitempty"`
}

func timelineJSON(tl *timeline.Timeline) timelineDoc {
	prog := tl.Program
	doc := timelineDoc{Program: prog.Root.Path, BuildMode: string(prog.Mode)}
	for _, st := range tl.Steps {
		sd := stepDoc{N: st.N, Name: st.Name, Detail: st.Detail, Ran: st.Ran, Thread: threadOf(st.Lock)}
		for _, t := range st.Tasks {
			td := taskDoc{Run: t.Run, Path: t.Package.Path, Ran: t.Ran, Items: []itemDoc{}}
			for _, it := range t.Items {
				td.Items = append(td.Items, itemOf(prog, it))
			}
			sd.Tasks = append(sd.Tasks, td)
		}
		doc.Steps = append(doc.Steps, sd)
	}
	for _, s := range tl.Shared {
		doc.Shared = append(doc.Shared, sharedDoc{State: s.State.String(), Reader: s.Reader, Writer: s.Writer,
			Read: s.Read.ChainString(), Write: s.Write.ChainString(), ReaderFirst: s.ReaderFirst})
	}
	doc.Outcome = outcomeOf(prog, tl.Outcome)
	for _, o := range tl.Possible {
		doc.Outcome.Possible = append(doc.Outcome.Possible, outcomeOf(prog, *o))
	}
	return doc
}

func outcomeOf(prog *inittask.Program, o timeline.Outcome) outcomeDoc {
	d := outcomeDoc{Kind: string(o.Kind), MainLocked: o.MainLocked, Panic: o.Panic}
	if o.By != nil {
		ev := eventOf(prog, o.By)
		d.By = &ev
		d.Package = o.ByPackage.Path
	}
	return d
}

func itemOf(prog *inittask.Program, it *timeline.Item) itemDoc {
	d := itemDoc{functionDoc: functionDoc{Kind: "init", Name: "init", Pos: position(prog.Fset, it.Pos())}}
	if it.Var != nil {
		d.functionDoc = functionDoc{Kind: "var", Name: it.Var.Names(), Pos: position(prog.Fset, it.Pos()), Reason: it.Var.Reason}
	}
	for _, ev := range it.Events {
		d.Events = append(d.Events, eventOf(prog, ev))
	}
	return d
}

func eventOf(prog *inittask.Program, ev *timeline.Event) eventDoc {
	e := ev.Effect
	d := eventDoc{Kind: string(e.Kind), Name: e.Name, Conditional: e.Conditional, Thread: threadOf(ev.Lock)}
	if ev.IfRuns != nil {
		d.IfRuns = string(ev.IfRuns.Kind)
	}
	for _, s := range e.Chain {
		d.Chain = append(d.Chain, siteDoc{Func: s.Func, Pos: sitePos(prog, s)})
	}
	return d
}

func threadOf(l timeline.LockState) threadDoc {
	return threadDoc{Locked: l.Locked(), Runtime: l.Runtime, User: l.User}
}
