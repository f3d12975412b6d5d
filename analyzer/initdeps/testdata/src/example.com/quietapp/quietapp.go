// Package main must stay silent: two writers and no init-time reader,
// a reader that imports the writer, reads only from main and lazy reads.
package main

import (
	"database/sql"
	"fmt"

	_ "example.com/amemo"
	_ "example.com/fakedriver"
	"example.com/goodthumb"
	"example.com/lazy"
	"example.com/plugins"
	_ "example.com/pngfmt"
	_ "example.com/zmemo"
	_ "example.com/zplug"
)

func main() {
	_, err := sql.Open("fake", "")
	fmt.Println(err, goodthumb.Err, len(plugins.Registry), lazy.Names())
}
