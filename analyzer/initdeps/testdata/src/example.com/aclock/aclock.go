// Package aclock formats the local time during init: the first use of
// local time loads the zone from $TZ, once.
package aclock

import "time"

// Started is when the program started, in local time.
var Started string

func init() {
	Started = time.Now().Format(time.Kitchen) // want `the init of aclock reads os's environment\["TZ"\] before the init of tzw writes it: the linker runs aclock first \(neither imports the other\), so it finds it empty`
}
