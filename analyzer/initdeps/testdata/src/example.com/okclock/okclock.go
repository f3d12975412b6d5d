// Package okclock formats the local time during init after tzw, which it
// imports, set the zone; and computes a UTC time, which needs no zone.
package okclock

import (
	"time"

	_ "example.com/tzw"
)

// Started is when the program started, in local time.
var Started = time.Now().Format(time.Kitchen)

// Epoch needs no local zone.
var Epoch = time.Unix(0, 0).UTC().Unix()
