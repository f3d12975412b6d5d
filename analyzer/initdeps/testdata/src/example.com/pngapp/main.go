// Package main links image/png for its registration only: the standard
// library's own init registers the "png" format, and the analysis
// derives that from image/png's code.
package main

import (
	"fmt"
	_ "image/png"

	"example.com/apngr"
	"example.com/okpngr"
)

func main() {
	fmt.Println("apngr:", apngr.Err)
	fmt.Println("okpngr:", okpngr.Err, okpngr.HasCmdline)
}
