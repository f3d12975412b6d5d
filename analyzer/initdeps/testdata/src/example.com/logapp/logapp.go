// Package main logs in one init and redirects the default logger in
// another: by default not a finding (see initeffect.registries).
package main

import (
	_ "example.com/alogr"
	_ "example.com/logw"
	_ "example.com/oklogr"
	_ "example.com/zlogr"
)

func main() {}
