// Package shared holds state two unrelated packages use.
package shared

// Counter is plain shared state.
var Counter int
