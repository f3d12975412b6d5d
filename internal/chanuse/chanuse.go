// Package chanuse records what a package's code does with its channels
// and WaitGroups: who sends on or closes them, who calls Done, whether
// they reach signal.Notify or flow where they cannot be followed; enough
// to tell whether a receive or Wait during init can ever end.
package chanuse

import (
	"go/types"
	"slices"

	"github.com/initvet/initvet/internal/ssavalue"
	"golang.org/x/tools/go/ssa"
)

// Use is what a package does with a channel or WaitGroup: a package
// variable, or a local one (its allocation or make).
type Use struct {
	// Senders are the functions that send on or close it (channel), or
	// call Done (WaitGroup).
	Senders []*ssa.Function
	Adds    bool // an Add (WaitGroup)
	Escapes bool // flows where this analysis cannot follow it
	Signal  bool // passed to signal.Notify
}

// SendIn records a send (or close, or Done) in fn.
func (u *Use) SendIn(fn *ssa.Function) {
	if !slices.Contains(u.Senders, fn) {
		u.Senders = append(u.Senders, fn)
	}
}

// Uses holds the uses of a package's channels and WaitGroups, by root
// (ssavalue.ChanRoot).
type Uses map[any]*Use

// Of returns the use of the channel or WaitGroup root.
func (us Uses) Of(root any) *Use {
	u := us[root]
	if u == nil {
		u = &Use{}
		us[root] = u
	}
	return u
}

// Note updates what is known of the channel or WaitGroup v.
func (us Uses) Note(v ssa.Value, f func(*Use)) {
	if r := ssavalue.ChanRoot(v); r != nil {
		f(us.Of(r))
	}
}

// NoteInstr records the channels and WaitGroups an instruction sends
// on or closes, and those it lets flow where they cannot be followed.
// ops is scratch space for the instruction's operands, which the caller
// keeps from one instruction to the next to save an allocation each.
func (us Uses) NoteInstr(instr ssa.Instruction, ops *[]*ssa.Value) {
	switch instr := instr.(type) {
	case *ssa.UnOp, *ssa.DebugRef, *ssa.ChangeType:
		return // the value it makes has the same root
	case *ssa.Send:
		us.Note(instr.Chan, func(u *Use) { u.SendIn(instr.Parent()) })
		us.Note(instr.X, func(u *Use) { u.Escapes = true })
		return
	case *ssa.Select:
		for _, st := range instr.States {
			if st.Dir == types.SendOnly {
				us.Note(st.Chan, func(u *Use) { u.SendIn(instr.Parent()) })
				us.Note(st.Send, func(u *Use) { u.Escapes = true })
			}
		}
		return
	case *ssa.Store:
		if r := ssavalue.ChanRoot(instr.Addr); r != nil {
			if _, made := instr.Val.(*ssa.MakeChan); !made {
				us.Of(r).Escapes = true // assigned a channel from elsewhere
			}
		}
		if _, local := instr.Addr.(*ssa.Alloc); !local {
			us.Note(instr.Val, func(u *Use) { u.Escapes = true })
		}
		return
	case ssa.CallInstruction:
		c := instr.Common()
		if b, ok := c.Value.(*ssa.Builtin); ok && b.Name() == "close" {
			us.Note(c.Args[0], func(u *Use) { u.SendIn(instr.Parent()) })
			return
		}
		if obj := ssavalue.CalleeObject(c); obj != nil && obj.Pkg() != nil && (obj.Pkg().Path() == "sync" || obj.Pkg().Path() == "os/signal") {
			switch obj.FullName() {
			case "(*sync.WaitGroup).Wait", "(*sync.WaitGroup).Add", "(*sync.WaitGroup).Done", "(*sync.WaitGroup).Go", "os/signal.Notify":
				return
			}
		}
	}
	*ops = instr.Operands((*ops)[:0])
	for _, op := range *ops {
		if *op != nil {
			us.Note(*op, func(u *Use) { u.Escapes = true })
		}
	}
}
