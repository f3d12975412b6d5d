package zwriter

import "example.com/codec"

type jsonCodec struct{}

func (jsonCodec) Name() string { return "json" }

func init() { codec.Register("json", jsonCodec{}) }
