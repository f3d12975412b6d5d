// Package zwriter registers a plugin during init.
package zwriter

import "cli/registry"

func init() {
	registry.Plugins["z"] = "zwriter"
}
