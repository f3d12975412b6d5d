package fine

// The shape of protoc-gen-go's output: the raw descriptor has an
// initializer, which runs before every init function, so the
// initializer of rawDescData sees the bytes; the init function only
// releases them afterwards.
var file_x_proto_rawDesc = []byte{0x0a, 0x07, 0x78, 0x2e, 0x70, 0x72, 0x6f, 0x74, 0x6f}

var file_x_proto_rawDescData = gzip(file_x_proto_rawDesc)

func gzip(b []byte) []byte { return append([]byte(nil), b...) }

func init() {
	file_x_proto_rawDesc = nil
}
