// Package benvwrap reads APP_COLOR during init through the same
// helpers: no init writes APP_COLOR, so the readers of APP_MODE and the
// writers of other variables are unrelated to it.
package benvwrap

import "example.com/envlib"

// Color is read during init.
var Color = envlib.Get("APP_COLOR")

func init() {
	_ = envlib.Bool("APP_COLOR")
}
