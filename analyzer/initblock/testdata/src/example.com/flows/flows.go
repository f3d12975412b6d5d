// Package flows must stay silent: waits that complete, and blocking
// that happens off the main goroutine.
package flows

import (
	"net/http"
	"sync"
	"time"

	"example.com/serve"
)

func init() {
	go func() { select {} }()
	go http.ListenAndServe(":8080", nil)
	go serve.Start(":8081")
}

func init() {
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
}

func init() {
	results := make(chan int, 1)
	go compute(results)
	<-results
}

func compute(out chan<- int) { out <- 42 }

func init() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
}

func init() {
	var wg sync.WaitGroup
	wg.Wait() // nothing was added: returns at once
}

func init() {
	<-time.After(time.Millisecond)
	for i := 0; i < 3; i++ {
	}
	ch := make(chan int)
	select {
	case v := <-ch:
		_ = v
	default:
	}
}

// Events is filled by other packages.
var Events = make(chan string)

func init() {
	<-Events
}

var pending = make(chan int, 1)

func init() {
	pending <- 1
	<-pending
}

func main() {
	serve.Start(":9000")
	select {}
}
