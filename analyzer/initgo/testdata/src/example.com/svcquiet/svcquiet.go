// Package svcquiet starts a service that touches nothing the rest of its
// init touches.
package svcquiet

import "example.com/svc"

var started, total int

type counter struct{}

func (counter) Run() { started++ }

type idle struct{}

func (idle) Run() {}

func init() {
	svc.Start(idle{})
	started = 10
}

// Later starts the counting service; main may call it.
func Later() { svc.Start(counter{}) }
