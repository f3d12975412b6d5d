package areader

import "example.com/codec"

var JSON = codec.Lookup("json") // want `the init of areader reads codec's codecs before the init of zwriter writes it: the linker runs areader first \(neither imports the other\), so it finds it empty`
