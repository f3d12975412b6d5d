// Package rounds reaches an exit through an interface call whose callee
// learns that it exits only after the init that calls it was resolved:
// deep below it, too deep for the values and calls that resolve it to
// travel up (maxInternalChain), deep resolves its own call. The init
// still sees the exit, once the callee's effects grew.
package rounds

import "os"

type handler interface{ Handle() }

type exiter struct{}

func (exiter) Handle() { os.Exit(7) } // want `os.Exit can run during init \(in rounds.init → … → rounds.c6 → rounds.deep → rounds.exiter.Handle, on some paths\)`

var current handler

func deep() {
	current = exiter{}
	current.Handle()
}

func c6() { deep() }
func c5() { c6() }
func c4() { c5() }
func c3() { c4() }
func c2() { c3() }
func c1() { c2() }

type step interface{ Run() }

type wrapper struct{}

func (wrapper) Run() { c1() }

var steps = []step{wrapper{}}

func init() {
	for _, s := range steps {
		s.Run()
	}
}
