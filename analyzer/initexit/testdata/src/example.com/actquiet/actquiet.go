// Package actquiet logs during init: the stopping action is never set
// during init, so logging is harmless.
package actquiet

import "example.com/actlog"

func init() {
	actlog.Info("ready")
}
