// Package actuser turns on the stopping action, then logs, during init.
package actuser

import "example.com/actlog"

func init() {
	actlog.StopOnLog()
	actlog.Info("ready") // want `runtime.Goexit during init \(in actuser.init → actlog.Info → actlog.stop.Do\)`
}
