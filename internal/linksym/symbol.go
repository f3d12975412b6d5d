// Package linksym converts between import paths and the symbol prefixes
// the Go linker names packages by (cmd/internal/objabi PathToPrefix and
// PrefixToPath), as seen in "<prefix>..inittask" symbols and in
// GODEBUG=inittrace=1 output.
package linksym

import (
	"fmt"
	"strconv"
	"strings"
)

// Prefix converts an import path to its linker symbol prefix: control
// bytes, space, '%', '"', bytes >= 0x7F and any '.' after the last '/'
// are written as %xx.
func Prefix(path string) string {
	slash := strings.LastIndexByte(path, '/')
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || (c == '.' && i > slash) || c == '%' || c == '"' || c >= 0x7F {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xF])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Path undoes Prefix: it decodes the %xx sequences of a symbol prefix.
func Path(prefix string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(prefix); i++ {
		if prefix[i] != '%' {
			b.WriteByte(prefix[i])
			continue
		}
		if i+3 > len(prefix) {
			return "", fmt.Errorf("malformed symbol prefix %q: %% at offset %d is not followed by two hex digits", prefix, i)
		}
		c, err := strconv.ParseUint(prefix[i+1:i+3], 16, 8)
		if err != nil {
			return "", fmt.Errorf("malformed symbol prefix %q: %q is not a %%xx escape", prefix, prefix[i:i+3])
		}
		b.WriteByte(byte(c))
		i += 2
	}
	return b.String(), nil
}

// TaskSuffix ends the name of a package's init task symbol.
const TaskSuffix = "..inittask"

// TaskSymbol returns the name of the init task symbol of the package
// whose symbol prefix is prefix: "<prefix>..inittask".
func TaskSymbol(prefix string) string { return prefix + TaskSuffix }
