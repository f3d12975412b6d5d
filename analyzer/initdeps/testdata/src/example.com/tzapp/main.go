package main

import (
	_ "example.com/aclock" // want `the init of example.com/aclock reads os's environment\["TZ"\] \(aclock.init → time.Time.Format\) before the init of example.com/tzw writes it`
	_ "example.com/okclock"
	_ "example.com/tzw"
)

func main() {}
