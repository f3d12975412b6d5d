package inittask

// PathToPrefix converts an import path to the symbol prefix the linker
// uses for it, as cmd/internal/objabi.PathToPrefix does: control bytes,
// space, '%', '"', bytes >= 0x7F and any '.' after the last '/' are
// written as %xx.
func PathToPrefix(path string) string {
	slash := -1
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			slash = i
			break
		}
	}
	const hex = "0123456789abcdef"
	var out []byte
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || (c == '.' && i > slash) || c == '%' || c == '"' || c >= 0x7F {
			if out == nil {
				out = append(make([]byte, 0, len(path)+8), path[:i]...)
			}
			out = append(out, '%', hex[c>>4], hex[c&0xF])
		} else if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return path
	}
	return string(out)
}
