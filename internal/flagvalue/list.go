// Package flagvalue holds flag.Value types shared by initvet's drivers.
package flagvalue

import "strings"

// List is a comma-separated list flag; repeating the flag adds to it.
type List []string

// String returns the list as the flag takes it.
func (l *List) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated elements of s, ignoring empty ones.
func (l *List) Set(s string) error {
	for _, e := range strings.Split(s, ",") {
		if e = strings.TrimSpace(e); e != "" {
			*l = append(*l, e)
		}
	}
	return nil
}
