// Package laterready waits in one init function for a channel that a
// later init function closes.
package laterready

var ready = make(chan struct{})

func init() {
	<-ready // want `receive from ready \(only main.main or a later init sends\)`
}

func init() {
	close(ready)
}
