// Command settingquit reads a setting its table of defaults lacks
// during init, and ends the process there (TestRunExits). The table's
// initializer is plain data, which the model's SSA form leaves out: the
// table still counts as set before Setting first runs, so Setting's
// test of a cleared table is not decided as if the table were nil,
// which would hide the exit.
package main

import "log"

var defaults = map[string]string{"home": "/srv"}

// Setting returns the setting of key. A program that clears the
// defaults configures every setting itself; otherwise a setting without
// a default ends the process.
func Setting(key string) string {
	if defaults == nil {
		defaults = map[string]string{}
		return ""
	}
	v, ok := defaults[key]
	if !ok {
		log.Fatalf("setting %q is not configured", key) // want `log.Fatalf can run during init \(in var port initializer → main.Setting, on some paths\)`
	}
	return v
}

var port = Setting("port")

func main() { println("main.main ran", port) }
