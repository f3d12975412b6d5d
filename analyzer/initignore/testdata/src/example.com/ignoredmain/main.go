// Command ignoredmain has a whole-program finding reviewed and
// suppressed at main's import of the package where it happens: the
// directive is used, so initignore reports nothing.
package main

import (
	"fmt"

	//initvet:ignore initdeps the reader treats an unknown format as no thumbnail
	"example.com/ignreader"
	_ "example.com/ignwriter"
)

func main() { fmt.Println(ignreader.Err) }
