package areader

import "example.com/codec"

var JSON = codec.Lookup("json")
