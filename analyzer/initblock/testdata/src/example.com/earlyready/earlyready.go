// Package earlyready waits during init for a goroutine it started
// first, and for a channel a function it calls fills: both complete.
package earlyready

var (
	ready = make(chan struct{})
	done  = make(chan int, 1)
)

func init() {
	go func() { close(ready) }()
	<-ready
	fill()
	<-done
}

func fill() { done <- 1 }
