// Package zcodec registers the "zip" codec, and the "gz" codec under
// the name its Name method gives.
package zcodec

import "example.com/codecs"

type gz struct{}

func (gz) Name() string { return "gz" }

func init() {
	codecs.Register("zip", func() string { return "zip" })
	codecs.RegisterCodec(gz{})
}
