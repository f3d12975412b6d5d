package areader

import "example.com/codec"

var JSON = codec.Lookup("json") // want `the init of areader reads codec.s codecs \(var JSON initializer → codec.Lookup\) before the init of zwriter writes it`
