// Package hooks calls functions other packages give it: through a func
// variable, a table of steps, a parameter, an interface, and a generic
// type parameter.
package hooks

// OnStart is called by Run.
var OnStart func()

// Run calls OnStart.
func Run() {
	if OnStart != nil {
		OnStart()
	}
}

// Step is a named action in a table.
type Step struct {
	Name string
	Do   func()
}

// RunSteps runs each step.
func RunSteps(steps []Step) {
	for _, s := range steps {
		s.Do()
	}
}

// Apply calls f now.
func Apply(f func()) { f() }

// Checker checks something.
type Checker interface{ Check() }

// CheckAll calls Check on each.
func CheckAll(cs ...Checker) {
	for _, c := range cs {
		c.Check()
	}
}

// Service runs.
type Service interface{ Run() }

var services []Service

// Register keeps a service for RunServices.
func Register(s Service) { services = append(services, s) }

// RunServices runs the registered services.
func RunServices() {
	for _, s := range services {
		s.Run()
	}
}

// RunEach calls Run on each element, through a type parameter.
func RunEach[T Service](xs []T) {
	for _, x := range xs {
		x.Run()
	}
}
