// Package zcodec registers the "zip" codec.
package zcodec

import "example.com/codecs"

func init() {
	codecs.Register("zip", func() string { return "zip" })
}
