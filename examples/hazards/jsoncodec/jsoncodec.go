// Package jsoncodec registers the "json" encoder.
package jsoncodec

import (
	"encoding/json"

	"example.com/hazards/codec"
)

func init() {
	codec.Register("json", func(v any) ([]byte, error) { return json.Marshal(v) })
}
