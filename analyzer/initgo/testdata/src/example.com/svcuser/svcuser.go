// Package svcuser starts a service during init that counts what the rest
// of its init also counts.
package svcuser

import "example.com/svc"

var started int

type counter struct{}

func (counter) Run() { started++ }

func init() {
	svc.Start(counter{}) // want `goroutine started during init of svcuser \(go svcuser\.counter\.Run\) reads svcuser\.started while the rest of its init writes it, without synchronization: a data race`
	started = 10
}
