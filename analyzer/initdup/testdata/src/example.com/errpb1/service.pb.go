package errpb1

// A second generated file of the package initializes error.proto first,
// as a file that imports it does: the descriptor is built once.
func init() { file_error_proto_init() }
