package main

import (
	_ "example.com/aclock" // want `the init of aclock reads os's environment\["TZ"\] \(aclock.init → time.Time.Format\) before the init of tzw writes it`
	_ "example.com/okclock"
	_ "example.com/tzw"
)

func main() {}
