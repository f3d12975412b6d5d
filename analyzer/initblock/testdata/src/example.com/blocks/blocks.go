package blocks

import (
	"os"
	"os/signal"
	"sync"

	"example.com/serve"
)

func init() {
	select {} // want `init of example.com/blocks blocks forever \(blocks.init → select \{\}\)`
}

func init() {
	for { // want `blocks forever \(blocks.init → for \{\}\)`
	}
}

func init() {
	done := make(chan struct{})
	<-done // want `blocks forever \(blocks.init → receive from done \(nothing sends on it or closes it\)\)`
}

var ready chan bool

func init() {
	if len(os.Args) > 1 {
		<-ready // want `receive from ready`
	}
}

func init() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait() // want `blocks forever \(blocks.init → wg.Wait \(nothing calls Done\)\)`
}

func init() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	<-sig // want `receive from sig \(waits for an OS signal\)`
}

var started = serve.Start(":8080") // want `blocks forever \(var started initializer → serve.Start → http.ListenAndServe\)`

func init() {
	waitAll()
}

func waitAll() {
	a, b := make(chan int), make(chan int)
	select { // want `blocks forever \(blocks.init → blocks.waitAll → select on a, b \(nothing sends`
	case <-a:
	case <-b:
	}
}

func init() {
	serve.Accept(":9090") // want `serve.Accept → http.Server.ListenAndServe`
}
