// Package calls reaches exits through calls that only its own values
// resolve: hooks cannot know them.
package calls

import (
	"log"
	"os"

	"example.com/hooks"
)

type guard struct{ strict bool }

func (g guard) Check() { os.Exit(3) } // want `os.Exit can run during init \(in calls.init → hooks.Run → calls.guard.Check, on some paths\)`

func init() {
	hooks.OnStart = guard{}.Check // a method value in another package's variable
	hooks.Run()
}

func init() {
	hooks.RunSteps([]hooks.Step{
		{Name: "load", Do: func() { log.Fatal("no config") }}, // want `log.Fatal can run during init \(in calls.init → hooks.RunSteps → calls.init.func1, on some paths\)`
	})
}

func init() {
	hooks.Apply(func() { os.Exit(4) }) // want `os.Exit during init \(in calls.init → hooks.Apply → calls.init.func1\)`
}

type strict struct{}

func (strict) Check() { log.Fatalf("strict") } // want `log.Fatalf can run during init \(in calls.init → hooks.CheckAll → calls.strict.Check, on some paths\)`

func init() {
	hooks.CheckAll(strict{})
}

type server struct{}

func (*server) Run() { os.Exit(5) } // want `os.Exit can run during init \(in calls.init → hooks.RunServices → calls.server.Run, on some paths\)`

func init() {
	hooks.Register(&server{})
	hooks.RunServices()
}

type job struct{}

func (job) Run() { os.Exit(6) } // want `os.Exit can run during init \(in calls.init → hooks.RunEach → calls.job.Run, on some paths\)`

func init() {
	hooks.RunEach([]job{{}})
}
